package kz.citizensec.qorgan.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.answers.AnswersDocument;
import kz.citizensec.qorgan.answers.AnswersFile;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.AnswerSpace;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.Question;
import kz.citizensec.qorgan.playbook.QuestionType;
import kz.citizensec.qorgan.render.SampleAnswers;

/**
 * Tries every combination of answers to a guide's choice questions that its conditions can tell
 * apart (see {@link AnswerSpace}), asking only the questions the interview would ask, with the
 * other answers filled with valid samples. Each combination must give a plan with at least one
 * step and pass the probe; the first that does not is reported as an answers file.
 */
public final class ExhaustiveCheck {

    static final String BUNDLE = "kz.citizensec.qorgan.check.Messages";

    /** Far above a real guide (the default one needs about twelve thousand). */
    static final long MAX_COMBINATIONS = 2_000_000;

    private final Messages messages;
    private final SampleAnswers samples;
    private final LocalDate today;
    private final CombinationProbe probe;

    /** @param today the date sample dates take (never in the future) */
    public ExhaustiveCheck(Lang lang, LocalDate today, CombinationProbe probe) {
        this.messages = Messages.of(BUNDLE, lang);
        this.samples = SampleAnswers.fewest(today);
        this.today = today;
        this.probe = probe;
    }

    /** @throws QorganException (exit 3) if the guide has too many combinations to try */
    public ExhaustiveResult run(Guide guide) {
        AnswerSpace space = AnswerSpace.of(guide);
        AnswersFile answersFile = new AnswersFile(guide, messages.lang(), today);
        Brancher brancher = new Brancher(space);
        long bound = 1;
        for (Question q : guide.questions()) {
            int count = brancher.count(q);
            if (bound > MAX_COMBINATIONS / count) {
                throw new QorganException(
                        ExitStatus.INVALID_INPUT, messages.get("check.tooMany", String.valueOf(MAX_COMBINATIONS)));
            }
            bound *= count;
        }
        Batch batch = new Batch(guide, answersFile);
        boolean completed =
                AnswerSpace.walk(guide.questions(), brancher, (answers, weight) -> batch.add(answers, weight));
        if (completed) {
            batch.flush();
        }
        return new ExhaustiveResult(batch.tried, batch.weight, batch.failure, space.sampledQuestions());
    }

    /**
     * Combinations checked a batch at a time on every core: the walk itself is cheap and keeps its
     * order (the interchangeable answers take turns), rendering is the cost. The failure reported is
     * the first in walk order, as with one thread.
     */
    private final class Batch {
        private static final int SIZE = 256;
        private final Guide guide;
        private final AnswersFile answersFile;
        private final List<Answers> pending = new ArrayList<>(SIZE);
        private final List<Long> weights = new ArrayList<>(SIZE);
        private long tried;
        private long weight;
        private Optional<ExhaustiveResult.Failure> failure = Optional.empty();

        Batch(Guide guide, AnswersFile answersFile) {
            this.guide = guide;
            this.answersFile = answersFile;
        }

        /** @return false once a combination of this or an earlier batch failed */
        boolean add(Answers answers, long combinationWeight) {
            pending.add(answers);
            weights.add(combinationWeight);
            return pending.size() < SIZE || flush();
        }

        boolean flush() {
            List<Optional<String>> reasons =
                    pending.parallelStream().map(this::check).toList();
            for (int i = 0; i < pending.size(); i++) {
                tried++;
                weight += weights.get(i);
                if (reasons.get(i).isPresent()) {
                    Answers answers = pending.get(i);
                    failure = Optional.of(new ExhaustiveResult.Failure(
                            tried,
                            reasons.get(i).get(),
                            answers,
                            answersFile.toYaml(new AnswersDocument(Optional.empty(), Optional.empty(), answers))));
                    return false;
                }
            }
            pending.clear();
            weights.clear();
            return true;
        }

        private Optional<String> check(Answers answers) {
            return guide.steps().stream().noneMatch(step -> step.appliesTo(answers))
                    ? Optional.of(messages.get("check.emptyPlan"))
                    : probe.check(guide, answers);
        }
    }

    /** The answers tried for each question on one path. */
    private final class Brancher implements AnswerSpace.Brancher {
        private final AnswerSpace space;
        /** How often each alternative was used, so that its interchangeable answers take turns. */
        private final Map<AnswerSpace.Alternative, Integer> turns = new IdentityHashMap<>();
        /** Optional details no condition looks at: given on one path, left blank on the next. */
        private final Map<String, Boolean> fillNext = new HashMap<>();

        Brancher(AnswerSpace space) {
            this.space = space;
        }

        /** How many branches a question can take: at least 1, for the bound of the walk. */
        int count(Question q) {
            List<AnswerSpace.Alternative> alternatives = space.alternatives(q);
            if (!alternatives.isEmpty()) {
                return alternatives.size();
            }
            return q.optional() && space.isTestedForAnswer(q.id()) ? 2 : 1;
        }

        @Override
        public List<AnswerSpace.Branch> branches(Question q, Answers before) {
            List<AnswerSpace.Branch> out = new ArrayList<>();
            List<AnswerSpace.Alternative> alternatives = space.alternatives(q);
            if (!alternatives.isEmpty()) {
                for (AnswerSpace.Alternative alternative : alternatives) {
                    out.add(new AnswerSpace.Branch(pick(alternative), alternative.weight()));
                }
                return out;
            }
            if (q.type() == null || q.type() == QuestionType.GROUP && q.fields().isEmpty()) {
                return out;
            }
            Optional<Answer> sample = Optional.of(samples.of(q));
            if (!q.optional()) {
                out.add(new AnswerSpace.Branch(sample, 1));
            } else if (space.isTestedForAnswer(q.id())) {
                out.add(new AnswerSpace.Branch(sample, 1));
                out.add(new AnswerSpace.Branch(Optional.empty(), 1));
            } else {
                boolean fill = fillNext.getOrDefault(q.id(), true);
                fillNext.put(q.id(), !fill);
                out.add(new AnswerSpace.Branch(fill ? sample : Optional.empty(), 1));
            }
            return out;
        }

        private Optional<Answer> pick(AnswerSpace.Alternative alternative) {
            if (alternative.unanswered()) {
                return Optional.empty();
            }
            int turn = turns.merge(alternative, 1, Integer::sum) - 1;
            return Optional.of(
                    alternative.members().get(turn % alternative.members().size()));
        }
    }
}
