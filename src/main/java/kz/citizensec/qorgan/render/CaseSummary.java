package kz.citizensec.qorgan.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.TypedText;
import kz.citizensec.qorgan.plan.CaseDue;
import kz.citizensec.qorgan.plan.PlanBuilder;
import kz.citizensec.qorgan.plan.PlannedStep;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.CaseProgress;
import kz.citizensec.qorgan.playbook.FollowUp;
import kz.citizensec.qorgan.playbook.Guide;

/**
 * The state of a case in a few lines of Markdown, for {@code follow-up} to show between its
 * questions: each step of the plan ticked or not, with its day and number, the dates due beside
 * the open ones, and what to do for one that has passed.
 */
public final class CaseSummary {

    private final Guide guide;
    private final FollowUp followUp;

    /** @param followUp the guide's events and their due rules */
    public CaseSummary(Guide guide, FollowUp followUp) {
        this.guide = guide;
        this.followUp = followUp;
    }

    public String of(Answers answers, CaseProgress progress, Lang lang, LocalDate today) {
        Messages messages = Messages.of(Documents.BUNDLE, lang);
        Formats formats = new Formats(messages);
        CaseFile caseFile = new CaseFile(progress, followUp);
        List<CaseDue> dues = caseFile.dues(answers, today);
        List<String> lines = new ArrayList<>();
        lines.add("## " + messages.get("summary.title"));
        lines.add("");
        for (PlannedStep planned : new PlanBuilder(guide).build(answers, today).steps()) {
            Optional<CaseProgress.StepProgress> recorded = progress.step(planned.id());
            boolean done = recorded.map(CaseProgress.StepProgress::isDone).orElse(false);
            StringBuilder line = new StringBuilder(done ? "- [x] " : "- [ ] ")
                    .append(planned.step().title().in(lang));
            recorded.flatMap(CaseProgress.StepProgress::done)
                    .ifPresent(day -> line.append(messages.get("summary.done", formats.date(day))));
            recorded.flatMap(CaseProgress.StepProgress::reference)
                    .ifPresent(number -> line.append(
                            messages.get("summary.number", MarkdownEscaper.escape(TypedText.oneLine(number)))));
            for (CaseDue due : dues) {
                if (due.step().equals(planned.id())) {
                    line.append(messages.get(
                            due.overdue() ? "summary.overdue" : "summary.due",
                            due.rule().text().in(lang),
                            formats.date(due.date()),
                            due.rule().passed().in(lang)));
                }
            }
            lines.add(line.toString());
        }
        return String.join("\n", lines) + "\n";
    }
}
