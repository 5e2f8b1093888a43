package kz.citizensec.qorgan.interview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import kz.citizensec.qorgan.answers.Parsed;
import kz.citizensec.qorgan.interview.InterviewState.AddingAnother;
import kz.citizensec.qorgan.interview.InterviewState.AtAlert;
import kz.citizensec.qorgan.interview.InterviewState.AtPlan;
import kz.citizensec.qorgan.interview.InterviewState.AtQuestion;
import kz.citizensec.qorgan.interview.InterviewState.AtReview;
import kz.citizensec.qorgan.interview.InterviewState.Finished;
import kz.citizensec.qorgan.interview.InterviewState.InGroup;
import kz.citizensec.qorgan.interview.InterviewState.InList;
import kz.citizensec.qorgan.interview.InterviewState.Position;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.Condition.Verdict;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.Question;
import kz.citizensec.qorgan.playbook.QuestionType;
import kz.citizensec.qorgan.playbook.Step;
import kz.citizensec.qorgan.playbook.Urgency;

/**
 * The interview as a state machine, free of any UI: each {@link Event} gives a new, immutable
 * {@code Interview} whose {@link #screen()} says what to show next.
 *
 * <p>The walk: questions in the guide's order, each asked only when its {@code when} holds; the
 * next question is always the first one after the current that is neither answered nor skipped,
 * and when there is none, the review. So pre-filled answers are not asked again, a change made
 * from the review asks what the change newly requires and then returns to the review, and going
 * back and answering again continues where the person was. An answer whose question is no
 * longer asked after a change is dropped. A question's alert, when it holds after the answer,
 * is shown at once, before anything else.
 *
 * <p>Urgent first: each step of the guide that is sure to be in the plan with the urgency "now",
 * whatever the questions still open may be answered, is announced with the next screen, once.
 * The questions marked {@code after_plan} come after the action plan is shown, so that what to
 * do comes before the paperwork.
 */
public final class Interview {

    private final Guide guide;
    private final AnswerReader reader;
    private final InterviewState state;
    private final Screen screen;

    private Interview(Guide guide, AnswerReader reader, InterviewState state, List<Note> notes) {
        this.guide = guide;
        this.reader = reader;
        this.state = state;
        this.screen = screenOf(state, notes);
    }

    /** @param given answers known before the interview (from an answers file), or none */
    public static Interview start(Guide guide, AnswerReader reader, Answers given) {
        Interview blank = new Interview(
                guide, reader, new InterviewState(Answers.NONE, Set.of(), Set.of(), false, new Finished()), List.of());
        Turn pruned = blank.prune(given, Set.of(), List.of());
        InterviewState state = pruned.state();
        for (int i = 0; i < guide.questions().size(); i++) {
            Question question = guide.questions().get(i);
            if (state.answers().has(question.id()) && alertHolds(question, state.answers())) {
                return blank.next(blank.announce(state.at(new AtAlert(question.id())), List.of()));
            }
        }
        return blank.next(blank.advance(state, -1, List.of()));
    }

    public Screen screen() {
        return screen;
    }

    public Answers answers() {
        return state.answers();
    }

    /** Every question asked given the answers so far, with its answer (empty when skipped). */
    public List<Screen.Reviewed> reviewed() {
        return reviewedGiven(state.answers());
    }

    public boolean isDone() {
        return screen instanceof Screen.Done;
    }

    /** The interview after this event; an event after the end changes nothing. */
    public Interview on(Event event) {
        Position position = state.position();
        Turn turn;
        if (position instanceof AtQuestion at) {
            turn = atQuestion(question(at.questionId()), event);
        } else if (position instanceof InGroup group) {
            turn = inGroup(group, event);
        } else if (position instanceof AddingAnother adding) {
            turn = addingAnother(adding, event);
        } else if (position instanceof InList list) {
            turn = inList(list, event);
        } else if (position instanceof AtAlert alert) {
            turn = atAlert(alert, event);
        } else if (position instanceof AtPlan plan) {
            turn = atPlan(plan, event);
        } else if (position instanceof AtReview) {
            turn = atReview(event);
        } else {
            turn = new Turn(state, List.of());
        }
        return next(turn);
    }

    private Interview next(Turn turn) {
        return new Interview(guide, reader, turn.state(), turn.notes());
    }

    /** A new state and the notes to show with its screen. */
    private record Turn(InterviewState state, List<Note> notes) {
        Turn {
            notes = List.copyOf(notes);
        }
    }

    private Turn stay(Note note) {
        return new Turn(state, List.of(note));
    }

    private Turn moveTo(Position position) {
        return new Turn(state.at(position), List.of());
    }

    // --- one method per kind of prompt ---

    private Turn atQuestion(Question question, Event event) {
        if (event instanceof Event.Back) {
            return back(question);
        }
        return answering(
                question, event, state.answers().get(question.id()), ok -> accept(question, ok.answer(), changed(ok)));
    }

    /**
     * Help, a skip or a line typed at a question or a list, where an empty line keeps what was
     * {@code given} (else skips the question if it may be skipped) and a line read well goes to
     * {@code read}.
     */
    private Turn answering(Question question, Event event, Optional<Answer> given, Function<Parsed.Ok, Turn> read) {
        if (event instanceof Event.Help) {
            return stay(new Note.Help(question.helpText()));
        }
        if (event instanceof Event.Skip) {
            return skip(question);
        }
        String typed = ((Event.Typed) event).text();
        if (typed.isBlank()) {
            if (given.isPresent()) {
                return accept(question, given.get(), List.of());
            }
            return question.optional() ? skip(question) : stay(new Note.AnswerNeeded(question));
        }
        Parsed parsed = reader.parse(question, typed);
        if (parsed instanceof Parsed.Ok ok) {
            return read.apply(ok);
        }
        return stay(new Note.Invalid(((Parsed.Invalid) parsed).message()));
    }

    private Turn inGroup(InGroup at, Event event) {
        Question group = question(at.questionId());
        Question field = group.fields().get(at.field());
        if (event instanceof Event.Back) {
            if (at.field() > 0) {
                return moveTo(new InGroup(group.id(), at.items(), at.current(), at.field() - 1));
            }
            return at.items().isEmpty() ? back(group) : moveTo(new AddingAnother(group.id(), at.items()));
        }
        if (event instanceof Event.Help) {
            return stay(new Note.Help(field.helpText().or(group::helpText)));
        }
        if (event instanceof Event.Skip) {
            if (field.optional()) {
                return nextField(at, without(at.current(), field.id()), List.of());
            }
            boolean atItemStart = at.field() == 0 && at.current().isEmpty();
            if (atItemStart && !at.items().isEmpty()) {
                return accept(group, new Answer.Group(at.items()), List.of());
            }
            if (atItemStart && group.optional()) {
                return skip(group);
            }
            return stay(new Note.CannotSkip(field, field.helpText().or(group::helpText)));
        }
        String typed = ((Event.Typed) event).text();
        if (typed.isBlank()) {
            if (at.current().containsKey(field.id())) {
                return nextField(at, at.current(), List.of());
            }
            return field.optional() ? nextField(at, at.current(), List.of()) : stay(new Note.AnswerNeeded(field));
        }
        Parsed parsed = reader.parse(field, typed);
        if (parsed instanceof Parsed.Ok ok) {
            Map<String, Answer> current = new LinkedHashMap<>(at.current());
            current.put(field.id(), ok.answer());
            return nextField(at, current, changed(ok));
        }
        return stay(new Note.Invalid(((Parsed.Invalid) parsed).message()));
    }

    private Turn nextField(InGroup at, Map<String, Answer> current, List<Note> notes) {
        Question group = question(at.questionId());
        if (at.field() + 1 < group.fields().size()) {
            return new Turn(state.at(new InGroup(group.id(), at.items(), current, at.field() + 1)), notes);
        }
        List<Map<String, Answer>> items = new ArrayList<>(at.items());
        items.add(current);
        return new Turn(state.at(new AddingAnother(group.id(), items)), notes);
    }

    private Turn addingAnother(AddingAnother at, Event event) {
        Question group = question(at.questionId());
        if (event instanceof Event.Back) {
            List<Map<String, Answer>> items = at.items();
            return moveTo(new InGroup(
                    group.id(),
                    items.subList(0, items.size() - 1),
                    items.get(items.size() - 1),
                    group.fields().size() - 1));
        }
        if (event instanceof Event.Help) {
            return stay(new Note.Help(group.helpText()));
        }
        // Enter (or skip) here means "no more": the common answer, as in [y/N].
        if (event instanceof Event.Skip || ((Event.Typed) event).text().isBlank()) {
            return accept(group, new Answer.Group(at.items()), List.of());
        }
        Parsed parsed = reader.parse(anotherQuestion(group), ((Event.Typed) event).text());
        if (parsed instanceof Parsed.Ok ok) {
            if (ok.answer() instanceof Answer.YesNo yesNo && yesNo.value()) {
                return moveTo(new InGroup(group.id(), at.items(), Map.of(), 0));
            }
            return accept(group, new Answer.Group(at.items()), List.of());
        }
        return stay(new Note.Invalid(((Parsed.Invalid) parsed).message()));
    }

    /** The yes/no question "add another?", read by the same parser as every other answer. */
    static Question anotherQuestion(Question group) {
        return new Question(
                group.id() + ".another",
                QuestionType.YES_NO,
                group.text(),
                null,
                null,
                false,
                null,
                List.of(),
                List.of(),
                null,
                group.afterPlan());
    }

    private Turn inList(InList at, Event event) {
        Question question = question(at.questionId());
        if (event instanceof Event.Back) {
            List<String> items = at.items();
            return items.isEmpty()
                    ? back(question)
                    : moveTo(new InList(question.id(), items.subList(0, items.size() - 1)));
        }
        Optional<Answer> given = at.items().isEmpty() ? Optional.empty() : Optional.of(new Answer.TextList(at.items()));
        return answering(question, event, given, ok -> {
            List<String> items = new ArrayList<>(at.items());
            items.addAll(((Answer.TextList) ok.answer()).values());
            return new Turn(state.at(new InList(question.id(), items)), changed(ok));
        });
    }

    private Turn atAlert(AtAlert at, Event event) {
        Question question = question(at.questionId());
        if (event instanceof Event.Back) {
            return moveTo(enter(question));
        }
        if (event instanceof Event.Help) {
            return stay(new Note.Help(question.helpText()));
        }
        return advance(state, indexOf(question), List.of());
    }

    /** After the plan: back to the last question before it, else on to the next one. */
    private Turn atPlan(AtPlan at, Event event) {
        Question next = question(at.nextQuestionId());
        if (event instanceof Event.Back) {
            return back(next);
        }
        return moveTo(enter(next));
    }

    private Turn atReview(Event event) {
        List<Screen.Reviewed> items = reviewedGiven(state.answers());
        if (event instanceof Event.Back) {
            return moveTo(enter(items.get(items.size() - 1).question()));
        }
        if (!(event instanceof Event.Typed typedEvent)) {
            return stay(new Note.NotAnItem(items.size()));
        }
        String typed = typedEvent.text().strip();
        if (typed.isEmpty()) {
            return moveTo(new Finished());
        }
        if (typed.matches("\\d{1,4}")) {
            int number = Integer.parseInt(typed);
            if (number >= 1 && number <= items.size()) {
                return moveTo(enter(items.get(number - 1).question()));
            }
        }
        return stay(new Note.NotAnItem(items.size()));
    }

    // --- moving along the questions ---

    private Turn accept(Question question, Answer answer, List<Note> notes) {
        Set<String> skipped = new LinkedHashSet<>(state.skipped());
        skipped.remove(question.id());
        Turn pruned = prune(state.answers().with(question.id(), answer), skipped, notes);
        if (alertHolds(question, pruned.state().answers())) {
            return announce(pruned.state().at(new AtAlert(question.id())), pruned.notes());
        }
        return advance(pruned.state(), indexOf(question), pruned.notes());
    }

    private Turn skip(Question question) {
        if (!question.optional()) {
            return stay(new Note.CannotSkip(question, question.helpText()));
        }
        Set<String> skipped = new LinkedHashSet<>(state.skipped());
        skipped.add(question.id());
        Turn pruned = prune(state.answers().without(question.id()), skipped, List.of());
        return advance(pruned.state(), indexOf(question), pruned.notes());
    }

    private Turn back(Question from) {
        for (int i = indexOf(from) - 1; i >= 0; i--) {
            Question earlier = guide.questions().get(i);
            if (earlier.isAskedGiven(state.answers())) {
                return moveTo(enter(earlier));
            }
        }
        return stay(new Note.NothingBefore());
    }

    /**
     * To the first question after {@code afterIndex} not yet settled (the plan first, if that
     * question comes after it and the plan was not shown yet), else to the review; with the urgent
     * steps these answers newly decide.
     */
    private Turn advance(InterviewState from, int afterIndex, List<Note> notes) {
        Turn announced = announce(from, notes);
        InterviewState at = announced.state();
        List<Question> questions = guide.questions();
        for (int i = afterIndex + 1; i < questions.size(); i++) {
            Question question = questions.get(i);
            if (question.isAskedGiven(at.answers()) && !at.settled(question.id())) {
                Position next = question.afterPlan() && !at.planShown()
                        ? new AtPlan(question.id())
                        : enterIn(question, at.answers());
                return new Turn(next instanceof AtPlan ? at.showingPlan(next) : at.at(next), announced.notes());
            }
        }
        return new Turn(at.at(new AtReview()), announced.notes());
    }

    /** Adds a note of the "now" steps that these answers decide and that were not announced yet. */
    private Turn announce(InterviewState at, List<Note> notes) {
        Set<String> pending = pending(at);
        List<Step> urgent = guide.steps().stream()
                .filter(step -> !at.announced().contains(step.id()))
                .filter(step -> step.appliesGiven(at.answers(), pending::contains) == Verdict.HOLDS)
                .filter(step ->
                        step.urgencyGiven(at.answers(), pending::contains).orElse(null) == Urgency.NOW)
                .toList();
        if (urgent.isEmpty()) {
            return new Turn(at, notes);
        }
        List<Note> all = new ArrayList<>(notes);
        all.add(new Note.DoNow(urgent));
        return new Turn(
                at.announcing(urgent.stream()
                        .map(Step::id)
                        .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new))),
                all);
    }

    /**
     * The questions that may still be answered: not settled, and asked unless later answers
     * decide otherwise. One pass in the guide's order, as a condition looks only at earlier questions.
     */
    private Set<String> pending(InterviewState at) {
        Set<String> pending = new LinkedHashSet<>();
        for (Question question : guide.questions()) {
            if (!at.settled(question.id())
                    && question.condition()
                                    .map(c -> c.decide(at.answers(), pending::contains))
                                    .orElse(Verdict.HOLDS)
                            != Verdict.FAILS) {
                pending.add(question.id());
            }
        }
        return pending;
    }

    private Position enter(Question question) {
        return enterIn(question, state.answers());
    }

    /** The first prompt of a question; a group or list already answered opens on what it holds. */
    private static Position enterIn(Question question, Answers answers) {
        Optional<Answer> current = answers.get(question.id());
        if (question.type() == QuestionType.GROUP) {
            if (current.isPresent()
                    && current.get() instanceof Answer.Group group
                    && !group.items().isEmpty()) {
                return new AddingAnother(question.id(), group.items());
            }
            return new InGroup(question.id(), List.of(), Map.of(), 0);
        }
        if (question.type() == QuestionType.TEXT_LIST) {
            return new InList(
                    question.id(),
                    current.filter(Answer.TextList.class::isInstance)
                            .map(a -> ((Answer.TextList) a).values())
                            .orElse(List.of()));
        }
        return new AtQuestion(question.id());
    }

    /**
     * Drops the answers (and skips) of questions that are no longer asked. One pass in the
     * guide's order suffices, because a condition looks only at earlier questions.
     */
    private Turn prune(Answers answers, Set<String> skipped, List<Note> notes) {
        Answers kept = answers;
        Set<String> keptSkips = new LinkedHashSet<>(skipped);
        List<Question> dropped = new ArrayList<>();
        for (Question question : guide.questions()) {
            if (!question.isAskedGiven(kept)) {
                if (kept.has(question.id())) {
                    dropped.add(question);
                    kept = kept.without(question.id());
                }
                keptSkips.remove(question.id());
            }
        }
        List<Note> all = new ArrayList<>(notes);
        if (!dropped.isEmpty()) {
            all.add(new Note.Dropped(dropped));
        }
        return new Turn(state.with(kept, keptSkips), all);
    }

    private static boolean alertHolds(Question question, Answers answers) {
        return question.alertWhen().map(alert -> alert.when().test(answers)).orElse(false);
    }

    private static List<Note> changed(Parsed.Ok ok) {
        return ok.notices().stream().<Note>map(Note.Changed::new).toList();
    }

    private static Map<String, Answer> without(Map<String, Answer> map, String key) {
        Map<String, Answer> copy = new LinkedHashMap<>(map);
        copy.remove(key);
        return copy;
    }

    // --- what to show ---

    private Screen screenOf(InterviewState at, List<Note> notes) {
        Position position = at.position();
        Answers answers = at.answers();
        if (position instanceof AtQuestion q) {
            Question question = question(q.questionId());
            return new Screen.Ask(question, answers.get(question.id()), progress(question, at), notes);
        }
        if (position instanceof InGroup g) {
            Question group = question(g.questionId());
            Question field = group.fields().get(g.field());
            return new Screen.AskField(
                    group,
                    field,
                    g.items().size() + 1,
                    Optional.ofNullable(g.current().get(field.id())),
                    progress(group, at),
                    notes);
        }
        if (position instanceof AddingAnother a) {
            Question group = question(a.questionId());
            return new Screen.AskAnother(group, a.items(), progress(group, at), notes);
        }
        if (position instanceof InList l) {
            Question question = question(l.questionId());
            return new Screen.AskListItem(question, l.items(), progress(question, at), notes);
        }
        if (position instanceof AtPlan) {
            return new Screen.ShowPlan(answers, notes);
        }
        if (position instanceof AtAlert a) {
            Question question = question(a.questionId());
            return new Screen.ShowAlert(question, question.alertWhen().orElseThrow(), notes);
        }
        if (position instanceof AtReview) {
            return new Screen.Review(reviewedGiven(answers), notes);
        }
        return new Screen.Done(answers);
    }

    /**
     * The question's place among those of its part (before or after the plan) that are asked or
     * may still be: the total only shrinks as answers rule questions out.
     */
    private Progress progress(Question question, InterviewState at) {
        Set<String> pending = pending(at);
        List<Question> part = guide.questions().stream()
                .filter(q -> q.afterPlan() == question.afterPlan())
                .filter(q -> q.condition()
                                .map(c -> c.decide(at.answers(), pending::contains))
                                .orElse(Verdict.HOLDS)
                        != Verdict.FAILS)
                .toList();
        return new Progress(part.indexOf(question) + 1, part.size());
    }

    private List<Screen.Reviewed> reviewedGiven(Answers answers) {
        return asked(answers).stream()
                .map(q -> new Screen.Reviewed(q, answers.get(q.id())))
                .toList();
    }

    private List<Question> asked(Answers answers) {
        return guide.questions().stream().filter(q -> q.isAskedGiven(answers)).toList();
    }

    private Question question(String id) {
        return guide.question(id).orElseThrow();
    }

    private int indexOf(Question question) {
        return guide.questions().indexOf(question);
    }
}
