package kz.citizensec.qorgan.app;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.citizensec.qorgan.playbook.DocumentFormat;

/**
 * The form of a command's output ({@code plan --format}): the documents as Markdown or as HTML to
 * print, or the chosen plan as JSON for other programs. Not a {@link DocumentFormat}: no document
 * of a guide is written in JSON, and a plain-text draft is not a form of the whole output.
 */
public enum OutputFormat {
    MD("md", DocumentFormat.MD),
    HTML("html", DocumentFormat.HTML),
    JSON("json", null);

    private final String id;
    private final DocumentFormat documents;

    OutputFormat(String id, DocumentFormat documents) {
        this.id = id;
        this.documents = documents;
    }

    /** As typed after {@code --format}, and the extension of its files. */
    public String id() {
        return id;
    }

    /** The form its documents are written in; nothing for JSON, which holds the plan, not the documents. */
    public Optional<DocumentFormat> documents() {
        return Optional.ofNullable(documents);
    }

    public static Optional<OutputFormat> of(String id) {
        return Arrays.stream(values()).filter(format -> format.id.equals(id)).findFirst();
    }

    /** Every id, for the shell's completion. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(OutputFormat::id).toList();
    }
}
