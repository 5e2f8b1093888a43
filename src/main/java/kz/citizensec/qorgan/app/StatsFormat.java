package kz.citizensec.qorgan.app;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The form of the counts ({@code stats --format}): a Markdown table, CSV or JSON. */
public enum StatsFormat {
    MD("md"),
    CSV("csv"),
    JSON("json");

    private final String id;

    StatsFormat(String id) {
        this.id = id;
    }

    /** As typed after {@code --format}. */
    public String id() {
        return id;
    }

    public static Optional<StatsFormat> of(String id) {
        return Arrays.stream(values()).filter(format -> format.id.equals(id)).findFirst();
    }

    /** Every id, for the shell's completion. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(StatsFormat::id).toList();
    }
}
