package kz.citizensec.qorgan.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.citizensec.qorgan.core.Iin;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.TypedText;
import kz.citizensec.qorgan.plan.CaseDue;
import kz.citizensec.qorgan.plan.Plan;
import kz.citizensec.qorgan.plan.PlannedStep;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.CaseProgress;
import kz.citizensec.qorgan.playbook.FollowUp;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.LocalizedText;
import kz.citizensec.qorgan.playbook.Option;
import kz.citizensec.qorgan.playbook.Question;
import kz.citizensec.qorgan.playbook.QuestionType;
import kz.citizensec.qorgan.playbook.Reference;
import kz.citizensec.qorgan.playbook.ReferenceKind;
import kz.citizensec.qorgan.playbook.SourceStatus;
import kz.citizensec.qorgan.playbook.Urgency;
import kz.citizensec.qorgan.render.DocumentContext.ChoiceView;
import kz.citizensec.qorgan.render.DocumentContext.DeadlineView;
import kz.citizensec.qorgan.render.DocumentContext.DueView;
import kz.citizensec.qorgan.render.DocumentContext.EventView;
import kz.citizensec.qorgan.render.DocumentContext.FollowUpView;
import kz.citizensec.qorgan.render.DocumentContext.GroupView;
import kz.citizensec.qorgan.render.DocumentContext.IinView;
import kz.citizensec.qorgan.render.DocumentContext.OptionView;
import kz.citizensec.qorgan.render.DocumentContext.ProgressView;
import kz.citizensec.qorgan.render.DocumentContext.ReferenceView;
import kz.citizensec.qorgan.render.DocumentContext.StepGroup;
import kz.citizensec.qorgan.render.DocumentContext.StepView;

/**
 * Builds a template's {@link DocumentContext} from the guide, the plan and the answers, in one
 * language. Guide text goes in as {@link Markdown}; what the person typed goes through
 * {@link TypedText#clean} (control characters out, card numbers masked) and stays plain text,
 * so that the factory escapes it. Every question of the guide has its entry even when not
 * answered, so that a template may test any of them and a misspelt id is an error.
 */
final class ContextBuilder {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*(\\n[ \\t]*)+");

    private final Guide guide;

    ContextBuilder(Guide guide) {
        this.guide = guide;
    }

    DocumentContext build(Plan plan, Answers answers, Lang lang, LocalDate today) {
        return build(plan, answers, lang, today, CaseContext.NONE);
    }

    DocumentContext build(Plan plan, Answers answers, Lang lang, LocalDate today, CaseContext caseContext) {
        Messages messages = Messages.of(Documents.BUNDLE, lang);
        Formats formats = new Formats(messages);
        Map<String, ReferenceView> refs = new LinkedHashMap<>();
        guide.references().stream()
                .filter(ContextBuilder::printable)
                .forEach(r -> refs.put(r.id(), reference(r, lang)));
        List<StepView> steps = new ArrayList<>();
        Urgency previous = null;
        for (PlannedStep planned : plan.steps()) {
            steps.add(step(planned, planned.urgency() != previous, refs, lang, formats, plan, caseContext));
            previous = planned.urgency();
        }

        Map<String, ChoiceView> choice = new LinkedHashMap<>();
        Map<String, String> text = new LinkedHashMap<>();
        Map<String, List<String>> list = new LinkedHashMap<>();
        Map<String, GroupView> group = new LinkedHashMap<>();
        Map<String, IinView> iin = new LinkedHashMap<>();
        for (Question question : guide.questions()) {
            Optional<Answer> answer = answers.get(question.id());
            switch (question.type()) {
                case YES_NO -> choice.put(question.id(), yesNo(answer, messages));
                case SINGLE, MULTI -> choice.put(question.id(), choices(question, answer, lang));
                case TEXT_LIST ->
                    list.put(
                            question.id(),
                            answer.filter(Answer.TextList.class::isInstance)
                                    .map(a -> ((Answer.TextList) a)
                                            .values().stream()
                                                    .map(ContextBuilder::line)
                                                    .toList())
                                    .orElse(List.of()));
                case GROUP -> group.put(question.id(), group(question, answer, formats));
                case IIN -> {
                    text.put(
                            question.id(),
                            answer.map(a -> value(question.type(), a, formats)).orElse(""));
                    iin.put(question.id(), iin(answer));
                }
                default ->
                    text.put(
                            question.id(),
                            answer.map(a -> value(question.type(), a, formats)).orElse(""));
            }
        }
        List<ReferenceView> contacts =
                listed(refs.values().stream().filter(r -> !r.law()).toList());
        return new DocumentContext(
                lang,
                formats.date(today),
                md(guide.title(), lang),
                steps,
                group(steps, Urgency.NOW),
                group(steps, Urgency.TODAY),
                group(steps, Urgency.THIS_WEEK),
                plan.report(),
                papers(plan),
                choice,
                text,
                list,
                group,
                cases(answers),
                iin,
                refs,
                contacts,
                numbers(caseContext.caseFile().progress()),
                followUp(caseContext, lang, formats, messages));
    }

    /** For every step of the guide, the number the institution gave (cleaned), or empty: letters quote them. */
    private Map<String, String> numbers(CaseProgress progress) {
        Map<String, String> numbers = new LinkedHashMap<>();
        guide.steps()
                .forEach(step -> numbers.put(
                        step.id(),
                        progress.reference(step.id()).map(ContextBuilder::line).orElse("")));
        return numbers;
    }

    private FollowUpView followUp(CaseContext caseContext, Lang lang, Formats formats, Messages messages) {
        CaseFile caseFile = caseContext.caseFile();
        if (caseFile.progress().isEmpty()) {
            return FollowUpView.NONE;
        }
        List<EventView> events = new ArrayList<>();
        for (FollowUp.CaseEvent event : caseFile.followUp().events()) {
            LocalDate date = caseFile.progress().events().get(event.id());
            if (date != null) {
                events.add(new EventView(formats.date(date), md(event.title(), lang)));
            }
        }
        Set<Integer> unknown = new TreeSet<>();
        caseContext.dues().forEach(due -> unknown.addAll(due.yearsUnknown()));
        String daysOffUnknown = unknown.isEmpty()
                ? ""
                : messages.get(
                        "followUp.daysOffUnknown",
                        unknown.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        return new FollowUpView(
                true,
                events,
                caseContext.dues().stream().map(due -> due(due, lang, formats)).toList(),
                daysOffUnknown);
    }

    private static DueView due(CaseDue due, Lang lang, Formats formats) {
        return new DueView(
                md(due.event().title(), lang),
                formats.date(due.from()),
                formats.date(due.date()),
                md(due.rule().text(), lang),
                due.overdue(),
                md(due.rule().passed(), lang));
    }

    /** Every document the guide declares, so that a template may name any: whether it goes with the plan. */
    private Map<String, Boolean> papers(Plan plan) {
        Map<String, Boolean> papers = new LinkedHashMap<>();
        guide.documents()
                .forEach(document -> papers.put(document.id(), plan.documents().contains(document.documentId())));
        return papers;
    }

    /**
     * A contact that no public source confirms is never printed for a visitor (FACTS.md); the
     * validator refuses a guide that uses one, and this keeps it out of every template's reach.
     */
    private static boolean printable(Reference reference) {
        return reference.status() != SourceStatus.UNCONFIRMED || reference.kind() == ReferenceKind.LAW;
    }

    private Map<String, Boolean> cases(Answers answers) {
        Map<String, Boolean> cases = new LinkedHashMap<>();
        guide.cases().forEach((name, condition) -> cases.put(name, condition.test(answers)));
        return cases;
    }

    private static IinView iin(Optional<Answer> answer) {
        Optional<Iin.Sex> sex =
                answer.filter(Answer.Text.class::isInstance).flatMap(a -> Iin.sex(((Answer.Text) a).value()));
        return new IinView(
                answer.isPresent(), sex.equals(Optional.of(Iin.Sex.MALE)), sex.equals(Optional.of(Iin.Sex.FEMALE)));
    }

    private static StepGroup group(List<StepView> steps, Urgency urgency) {
        return new StepGroup(
                steps.stream().filter(s -> s.urgency().equals(urgency.id())).toList());
    }

    private static StepView step(
            PlannedStep planned,
            boolean first,
            Map<String, ReferenceView> refs,
            Lang lang,
            Formats formats,
            Plan plan,
            CaseContext caseContext) {
        Optional<CaseProgress.StepProgress> recorded =
                caseContext.caseFile().progress().step(planned.id());
        Optional<ProgressView> progress = recorded.map(p -> new ProgressView(
                p.done().map(formats::date).orElse(""),
                p.reference().map(ContextBuilder::line).orElse(""),
                p.note().map(ContextBuilder::line).orElse("")));
        List<DueView> dues = caseContext.dues().stream()
                .filter(due -> due.step().equals(planned.id()))
                .map(due -> due(due, lang, formats))
                .toList();
        var step = planned.step();
        List<ReferenceView> contacts = listed(step.contacts().stream()
                .filter(refs::containsKey)
                .map(refs::get)
                .toList());
        Optional<DeadlineView> deadline = planned.deadline()
                .map(due -> new DeadlineView(
                        formats.date(due.date()),
                        md(due.rule().text(), lang),
                        due.past(),
                        md(due.rule().passed(), lang)));
        Map<String, Boolean> urgencyIs = new LinkedHashMap<>();
        for (Urgency urgency : Urgency.values()) {
            urgencyIs.put(urgency.id(), urgency == planned.urgency());
        }
        return new StepView(
                step.id(),
                planned.urgency().id(),
                urgencyIs,
                first,
                md(step.title(), lang),
                md(step.why(), lang),
                step.how().stream().map(h -> md(h, lang)).toList(),
                contacts,
                deadline,
                drafts(step.papers(), plan),
                recorded.map(CaseProgress.StepProgress::isDone).orElse(false),
                progress,
                dues);
    }

    /** The papers that serve a step and go with this plan, by id (which names their files). */
    private static List<String> drafts(List<String> papers, Plan plan) {
        return papers.stream()
                .filter(paper ->
                        plan.documents().stream().anyMatch(d -> d.value().equals(paper)))
                .toList();
    }

    /** The references as items of one list, the last one marked. */
    private static List<ReferenceView> listed(List<ReferenceView> references) {
        List<ReferenceView> items = new ArrayList<>();
        for (int i = 0; i < references.size(); i++) {
            items.add(references.get(i).inList(i == references.size() - 1));
        }
        return List.copyOf(items);
    }

    private static ReferenceView reference(Reference r, Lang lang) {
        return new ReferenceView(
                r.id(),
                r.kind().name().toLowerCase(java.util.Locale.ROOT),
                r.value(),
                md(r.name(), lang),
                r.noteText().map(n -> md(n, lang)),
                r.kind() == ReferenceKind.PHONE,
                r.kind() == ReferenceKind.EMAIL,
                r.kind() == ReferenceKind.WEB,
                r.kind() == ReferenceKind.LAW,
                false);
    }

    private static ChoiceView yesNo(Optional<Answer> answer, Messages messages) {
        Set<String> ids = answer.map(Answer::choiceIds).orElse(Set.of());
        Map<String, Boolean> is = new LinkedHashMap<>();
        List<OptionView> options = new ArrayList<>();
        for (String id : List.of(Answer.YesNo.YES, Answer.YesNo.NO)) {
            is.put(id, ids.contains(id));
            options.add(new OptionView(
                    id,
                    new Markdown(messages.get("answer." + id)),
                    Optional.empty(),
                    Optional.empty(),
                    ids.contains(id)));
        }
        return view(answer.isPresent(), is, options);
    }

    private static ChoiceView choices(Question question, Optional<Answer> answer, Lang lang) {
        Set<String> ids = answer.map(Answer::choiceIds).orElse(Set.of());
        Map<String, Boolean> is = new LinkedHashMap<>();
        List<OptionView> options = new ArrayList<>();
        for (Option option : question.options()) {
            boolean chosen = ids.contains(option.id());
            is.put(option.id(), chosen);
            options.add(new OptionView(
                    option.id(),
                    md(option.text(), lang),
                    option.meaningText().map(m -> md(m, lang)),
                    option.phraseText().map(p -> md(p, lang)),
                    chosen));
        }
        return view(answer.isPresent(), is, options);
    }

    private static ChoiceView view(boolean answered, Map<String, Boolean> is, List<OptionView> options) {
        List<OptionView> chosen = options.stream().filter(OptionView::chosen).toList();
        String label = chosen.stream().map(o -> o.label().text()).collect(Collectors.joining(", "));
        Optional<Markdown> phrase =
                chosen.isEmpty() || chosen.stream().anyMatch(o -> o.phrase().isEmpty())
                        ? Optional.empty()
                        : Optional.of(new Markdown(chosen.stream()
                                .map(o -> o.phrase().orElseThrow().text())
                                .collect(Collectors.joining(", "))));
        return new ChoiceView(answered, is, options, chosen, new Markdown(label), phrase);
    }

    private static GroupView group(Question question, Optional<Answer> answer, Formats formats) {
        List<Map<String, Answer>> items = answer.filter(Answer.Group.class::isInstance)
                .map(a -> ((Answer.Group) a).items())
                .orElse(List.of());
        List<Map<String, String>> views = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Map<String, Answer> item = items.get(i);
            Map<String, String> view = new LinkedHashMap<>();
            for (Question field : question.fields()) {
                Answer value = item.get(field.id());
                view.put(field.id(), value == null ? "" : value(field.type(), value, formats));
            }
            // Where one paper repeats per item (a letter to each lender): a rule between them,
            // not after the last. No field id starts with '-', so these never hide a field.
            view.put(GroupView.FIRST, i == 0 ? GroupView.TRUE : "");
            view.put(GroupView.LAST, i == items.size() - 1 ? GroupView.TRUE : "");
            views.add(view);
        }
        Map<String, String> total = new LinkedHashMap<>();
        for (Question field : question.fields()) {
            if (field.type() == QuestionType.MONEY) {
                BigDecimal sum = items.stream()
                        .map(item -> item.get(field.id()))
                        .filter(Answer.Money.class::isInstance)
                        .map(a -> ((Answer.Money) a).value())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                total.put(field.id(), formats.amount(sum));
            }
        }
        Map<String, String> blank = new LinkedHashMap<>();
        question.fields().forEach(field -> blank.put(field.id(), ""));
        blank.put(GroupView.FIRST, GroupView.TRUE);
        blank.put(GroupView.LAST, GroupView.TRUE);
        return new GroupView(views, total, blank);
    }

    /** A date or amount formatted, or typed text cleaned (one line unless it is long text). */
    private static String value(QuestionType type, Answer answer, Formats formats) {
        if (answer instanceof Answer.Date date) {
            return formats.date(date.value());
        }
        if (answer instanceof Answer.Money money) {
            return formats.amount(money.value());
        }
        if (answer instanceof Answer.Text typed) {
            return type == QuestionType.LONG_TEXT ? paragraphs(typed.value()) : line(typed.value());
        }
        return "";
    }

    /** Typed text for a place that holds one line: a table cell, a list item, a form field. */
    private static String line(String typed) {
        return WHITE_SPACE
                .matcher(TypedText.clean(typed).text())
                .replaceAll(" ")
                .strip();
    }

    /** Typed long text: lines kept, runs of blank lines made one paragraph break. */
    private static String paragraphs(String typed) {
        String text = TypedText.clean(typed)
                .text()
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .strip();
        return BLANK_LINES.matcher(text).replaceAll("\n\n");
    }

    private static Markdown md(LocalizedText text, Lang lang) {
        return text == null ? Markdown.EMPTY : new Markdown(text.in(lang));
    }
}
