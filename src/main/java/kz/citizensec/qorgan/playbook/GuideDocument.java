package kz.citizensec.qorgan.playbook;

import java.util.ArrayList;
import java.util.List;

/**
 * A document the guide offers beside the action plan (documents.yaml): its id, which names its
 * templates, and when it is made.
 *
 * @param when the document is made only when this holds; absent means always
 * @param sources where the facts its templates state come from (deadlines, grounds, names)
 */
public record GuideDocument(String id, Condition when, List<String> sources) {

    public GuideDocument {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The typed id; only for a guide that passed validation (the id is well formed). */
    public DocumentId documentId() {
        return new DocumentId(id);
    }

    /** Whether the document is made for these answers. */
    public boolean appliesTo(Answers answers) {
        return when == null || when.test(answers);
    }

    /** The action plan, then each declared document whose id is well formed, once, in order. */
    static List<DocumentId> ids(List<GuideDocument> declared) {
        List<DocumentId> ids = new ArrayList<>();
        ids.add(DocumentId.PLAN);
        declared.stream().filter(d -> d != null && DocumentId.isWellFormed(d.id())).map(GuideDocument::documentId)
                .filter(id -> !ids.contains(id)).forEach(ids::add);
        return List.copyOf(ids);
    }
}
