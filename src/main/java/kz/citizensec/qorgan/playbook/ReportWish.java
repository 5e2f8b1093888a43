package kz.citizensec.qorgan.playbook;

/**
 * Whether the person asked for a police-report draft: the answer "yes" to {@link #QUESTION}, an
 * id of the guide contract, like the ids the templates use.
 */
public final class ReportWish {

    public static final String QUESTION = "want_report";

    private ReportWish() {}

    public static boolean in(Answers answers) {
        return answers.get(QUESTION)
                .map(answer -> answer.choiceIds().contains(Answer.YesNo.YES))
                .orElse(false);
    }
}
