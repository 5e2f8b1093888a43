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
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.AnswerSpace;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.Question;
import kz.citizensec.qorgan.playbook.QuestionType;

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
    public ExhaustiveCheck(String lang, LocalDate today, CombinationProbe probe) {
        this.messages = Messages.of(BUNDLE, lang);
        this.samples = new SampleAnswers(today);
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
                throw new QorganException(ExitStatus.INVALID_INPUT,
                        messages.get("check.tooMany", String.valueOf(MAX_COMBINATIONS)));
            }
            bound *= count;
        }
        long[] counts = {0, 0};
        ExhaustiveResult.Failure[] failure = {null};
        AnswerSpace.walk(guide.questions(), brancher, (answers, weight) -> {
            counts[0]++;
            counts[1] += weight;
            Optional<String> reason = guide.steps().stream().noneMatch(step -> step.appliesTo(answers))
                    ? Optional.of(messages.get("check.emptyPlan"))
                    : probe.check(guide, answers);
            reason.ifPresent(why -> failure[0] = new ExhaustiveResult.Failure(counts[0], why, answers,
                    answersFile.toYaml(new AnswersDocument(Optional.empty(), Optional.empty(), answers))));
            return reason.isEmpty();
        });
        return new ExhaustiveResult(counts[0], counts[1], Optional.ofNullable(failure[0]), space.sampledQuestions());
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
            return Optional.of(alternative.members().get(turn % alternative.members().size()));
        }
    }
}
