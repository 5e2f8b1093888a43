package kz.citizensec.qorgan.stats;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How much was lost, in three bands wide enough that no amount can be told back from them. */
public enum AmountBand {
    UNDER_50_000("under_50000"),
    UNDER_500_000("under_500000"),
    FROM_500_000("500000_or_more"),
    /** No amount given: nothing lost, or the transactions were not asked. */
    NONE("none");

    static final List<String> IDS = Arrays.stream(values()).map(AmountBand::id).toList();

    private static final BigDecimal FIFTY_THOUSAND = new BigDecimal(50_000);
    private static final BigDecimal FIVE_HUNDRED_THOUSAND = new BigDecimal(500_000);

    private final String id;

    AmountBand(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The band of a total in tenge; {@link #NONE} without one. */
    static AmountBand of(Optional<BigDecimal> total) {
        if (total.isEmpty() || total.get().signum() <= 0) {
            return NONE;
        }
        BigDecimal amount = total.get();
        if (amount.compareTo(FIFTY_THOUSAND) < 0) {
            return UNDER_50_000;
        }
        return amount.compareTo(FIVE_HUNDRED_THOUSAND) < 0 ? UNDER_500_000 : FROM_500_000;
    }
}
