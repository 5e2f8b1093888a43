package kz.citizensec.qorgan.playbook;

/** The fixed layout of a guide folder. */
public final class GuideFiles {

    public static final String GUIDE = "guide.yaml";
    public static final String QUESTIONS = "questions.yaml";
    public static final String STEPS = "steps.yaml";
    public static final String REFERENCES = "references.yaml";
    /** Optional: a guide may have no glossary. */
    public static final String GLOSSARY = "glossary.yaml";

    /** The documents every guide has a template for, in each of its languages. */
    public static final java.util.List<String> DOCUMENTS = java.util.List.of("plan", "report");

    private GuideFiles() {}

    /** e.g. {@code templates/plan.kk.md.mustache} */
    public static String template(String document, String lang) {
        return "templates/" + document + "." + lang + ".md.mustache";
    }
}
