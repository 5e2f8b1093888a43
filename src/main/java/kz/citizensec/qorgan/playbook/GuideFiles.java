package kz.citizensec.qorgan.playbook;

/** The fixed layout of a guide folder. */
public final class GuideFiles {

    public static final String GUIDE = "guide.yaml";
    public static final String QUESTIONS = "questions.yaml";
    public static final String STEPS = "steps.yaml";
    public static final String REFERENCES = "references.yaml";
    /** Optional: a guide may have no glossary. */
    public static final String GLOSSARY = "glossary.yaml";

    /** Optional: without it a guide makes the action plan alone. */
    public static final String DOCUMENTS = "documents.yaml";

    /** Optional: the dated events of a case file, their due dates, and the days off (follow-up). */
    public static final String EVENTS = "events.yaml";

    private GuideFiles() {}

    /** e.g. {@code templates/plan.kk.md.mustache}, or {@code templates/share.kk.txt.mustache} for plain text */
    public static String template(DocumentId document, boolean plainText, String tag) {
        return "templates/" + document + "." + tag + (plainText ? ".txt" : ".md") + ".mustache";
    }
}
