package kz.citizensec.qorgan.playbook;

import java.util.regex.Pattern;

/**
 * A document's id: the action plan's ({@link #PLAN}), or one that the guide declares in
 * documents.yaml ({@code report}, {@code letter-bank}…). It names the templates
 * ({@code templates/<id>.<lang>.md.mustache}) and the files written ({@code <id>.md}).
 */
public record DocumentId(String value) {

    /** Small Latin letters, digits, {@code -} and {@code _}: safe as a file name on every system. */
    static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    /** The action plan: every guide has it, and no documents.yaml entry declares it. */
    public static final DocumentId PLAN = new DocumentId("plan");
    /** The police-report draft (a printout names it in its title). */
    public static final DocumentId REPORT = new DocumentId("report");

    public DocumentId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("not a document id: " + value);
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORM.matcher(value).matches();
    }

    /**
     * Written out, not generated: a record's generated {@code equals} builds its method handles on
     * first use, a cost the plan's start-up would pay (see the {@code startup} package).
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof DocumentId id && value.equals(id.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
