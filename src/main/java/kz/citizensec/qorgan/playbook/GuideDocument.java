package kz.citizensec.qorgan.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A document the guide offers beside the action plan (documents.yaml): its id, which names its
 * templates, when it is made, how it is written and in whose language.
 *
 * @param when the document is made only when this holds; absent means always
 * @param sources where the facts its templates state come from (deadlines, grounds, names)
 * @param formats as written in the file: {@code md}, {@code html} or {@code txt}; empty means
 *     {@code md} and {@code html} (see {@link #outputFormats})
 * @param language {@value #PERSON} (the person's, the action plan's first) or {@value #PAPERS}
 *     (the papers', {@code --report-lang}); absent means the papers'
 * @param email for a text that is an e-mail draft: the id of the e-mail reference it goes to
 */
public record GuideDocument(
        String id, Condition when, List<String> sources, List<String> formats, String language, String email) {

    public static final String PERSON = "person";
    public static final String PAPERS = "papers";

    private static final List<DocumentFormat> MARKDOWN = List.of(DocumentFormat.MD, DocumentFormat.HTML);

    public GuideDocument {
        sources = sources == null ? List.of() : List.copyOf(sources);
        formats = formats == null ? List.of() : List.copyOf(formats);
    }

    public GuideDocument(String id, Condition when, List<String> sources) {
        this(id, when, sources, List.of(), null, null);
    }

    /** The typed id; only for a guide that passed validation (the id is well formed). */
    public DocumentId documentId() {
        return new DocumentId(id);
    }

    /** The forms it is written in, in the file's order; unknown ones (refused by validation) left out. */
    public List<DocumentFormat> outputFormats() {
        if (formats.isEmpty()) {
            return MARKDOWN;
        }
        return formats.stream()
                .map(DocumentFormat::of)
                .flatMap(Optional::stream)
                .distinct()
                .toList();
    }

    /** Whether its template is plain text ({@code txt}) rather than Markdown. */
    public boolean plainText() {
        return outputFormats().contains(DocumentFormat.TXT);
    }

    /** Whether it is written in the person's language rather than the papers'. */
    public boolean inPersonLanguage() {
        return PERSON.equals(language);
    }

    public Optional<String> emailReference() {
        return Optional.ofNullable(email);
    }

    /** Whether the document is made for these answers. */
    public boolean appliesTo(Answers answers) {
        return when == null || when.test(answers);
    }

    /** The file name of its template in {@code lang}, e.g. {@code templates/share.kk.txt.mustache}. */
    public String template(String tag) {
        return GuideFiles.template(documentId(), plainText(), tag);
    }

    /** The action plan, then each declared document whose id is well formed, once, in order. */
    static List<DocumentId> ids(List<GuideDocument> declared) {
        List<DocumentId> ids = new ArrayList<>();
        ids.add(DocumentId.PLAN);
        declared.stream()
                .filter(d -> d != null && DocumentId.isWellFormed(d.id()))
                .map(GuideDocument::documentId)
                .filter(id -> !ids.contains(id))
                .forEach(ids::add);
        return List.copyOf(ids);
    }

    /**
     * The template file of a document in {@code lang}: the action plan's, or the first declared
     * document with that id.
     */
    static String template(List<GuideDocument> declared, DocumentId document, String tag) {
        return declared.stream()
                .filter(d -> d != null && document.value().equals(d.id()))
                .findFirst()
                .map(d -> d.template(tag))
                .orElseGet(() -> GuideFiles.template(document, false, tag));
    }
}
