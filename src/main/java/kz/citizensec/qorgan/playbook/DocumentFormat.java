package kz.citizensec.qorgan.playbook;

import java.util.Arrays;
import java.util.Optional;

/**
 * A form a document is written in ({@code formats} in documents.yaml). {@code md} and
 * {@code html} come from a Markdown template ({@code <id>.<lang>.md.mustache}); {@code txt} from a
 * plain-text template ({@code <id>.<lang>.txt.mustache}), for a text to copy such as an e-mail
 * body, which no Markdown escape may touch.
 */
public enum DocumentFormat {
    MD("md"),
    HTML("html"),
    TXT("txt");

    private final String id;

    DocumentFormat(String id) {
        this.id = id;
    }

    /** As written in documents.yaml and as the files' extension. */
    public String id() {
        return id;
    }

    public static Optional<DocumentFormat> of(String id) {
        return Arrays.stream(values()).filter(format -> format.id.equals(id)).findFirst();
    }
}
