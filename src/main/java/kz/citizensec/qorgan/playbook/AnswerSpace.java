package kz.citizensec.qorgan.playbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The answers a guide's choice questions can take, grouped so that answers which no condition of
 * the guide tells apart are tried once. Two options are interchangeable when every test of every
 * condition names both or neither: then no {@code when}, step or urgency rule can hold for one
 * and not the other. For a multiple choice it is enough to know which groups of options were
 * chosen. So "every combination" shrinks from millions to thousands without losing a plan.
 */
public final class AnswerSpace {

    /** More groups than this in one multiple choice are not combined exhaustively (2^12 subsets). */
    static final int MAX_GROUPS = 12;

    /**
     * One way to answer a question.
     *
     * @param members interchangeable answers: any one gives the same conditions; empty when the
     *     question is left unanswered
     * @param weight how many distinct answers this alternative stands for
     */
    public record Alternative(List<Answer> members, long weight) {
        public Alternative {
            members = List.copyOf(members);
        }

        static final Alternative UNANSWERED = new Alternative(List.of(), 1);

        public boolean unanswered() {
            return members.isEmpty();
        }
    }

    private final Map<String, List<Alternative>> byQuestion;
    private final Set<String> sampled;
    private final Set<String> testedForAnswer;

    private AnswerSpace(Map<String, List<Alternative>> byQuestion, Set<String> sampled, Set<String> testedForAnswer) {
        this.byQuestion = byQuestion;
        this.sampled = sampled;
        this.testedForAnswer = testedForAnswer;
    }

    public static AnswerSpace of(Guide guide) {
        Map<String, Map<String, Set<Integer>>> mentions = mentions(guide);
        Map<String, List<Alternative>> byQuestion = new LinkedHashMap<>();
        Set<String> sampled = new LinkedHashSet<>();
        for (Question q : guide.questions()) {
            if (q.id() == null
                    || q.type() == null
                    || !(q.type() == QuestionType.YES_NO || q.type().hasOptions())) {
                continue;
            }
            Map<String, Set<Integer>> byOption = mentions.getOrDefault(q.id(), Map.of());
            List<Alternative> alternatives =
                    q.type() == QuestionType.MULTI ? multi(q, byOption, sampled) : single(q, byOption);
            if (q.optional()) {
                alternatives.add(Alternative.UNANSWERED);
            }
            byQuestion.put(q.id(), List.copyOf(alternatives));
        }
        Set<String> testedForAnswer = new HashSet<>();
        for (GuideConditions.Located located : GuideConditions.of(guide)) {
            GuideConditions.tests(located.condition()).stream()
                    .filter(t -> t.test().operator() == Condition.Operator.ANSWERED)
                    .forEach(t -> testedForAnswer.add(t.test().question()));
        }
        return new AnswerSpace(byQuestion, sampled, Set.copyOf(testedForAnswer));
    }

    /** The alternatives of a yes/no, single or multiple choice question; empty for other types. */
    public List<Alternative> alternatives(Question question) {
        return byQuestion.getOrDefault(question.id(), List.of());
    }

    /** Whether some condition asks if this question was answered at all ({@code answered: yes}). */
    public boolean isTestedForAnswer(String questionId) {
        return testedForAnswer.contains(questionId);
    }

    /** Multiple choices with too many groups of options to combine all: only some were combined. */
    public Set<String> sampledQuestions() {
        return Set.copyOf(sampled);
    }

    /** For each question and option: the tests (numbered across the guide) that name it. */
    private static Map<String, Map<String, Set<Integer>>> mentions(Guide guide) {
        Map<String, Map<String, Set<Integer>>> mentions = new LinkedHashMap<>();
        int number = 0;
        for (GuideConditions.Located located : GuideConditions.of(guide)) {
            for (GuideConditions.LocatedTest test : GuideConditions.tests(located.condition())) {
                number++;
                for (String value : test.test().values()) {
                    mentions.computeIfAbsent(test.test().question(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(value, k -> new HashSet<>())
                            .add(number);
                }
            }
        }
        return mentions;
    }

    private static List<String> optionIds(Question q) {
        if (q.type() == QuestionType.YES_NO) {
            return List.of(Answer.YesNo.YES, Answer.YesNo.NO);
        }
        return q.options().stream()
                .map(Option::id)
                .filter(id -> id != null)
                .distinct()
                .toList();
    }

    /** Groups options by the tests that name them, in the order of the guide. */
    private static List<List<String>> groups(List<String> ids, Map<String, Set<Integer>> byOption) {
        Map<Set<Integer>, List<String>> groups = new LinkedHashMap<>();
        for (String id : ids) {
            groups.computeIfAbsent(byOption.getOrDefault(id, Set.of()), k -> new ArrayList<>())
                    .add(id);
        }
        return List.copyOf(groups.values());
    }

    private static List<Alternative> single(Question q, Map<String, Set<Integer>> byOption) {
        List<Alternative> out = new ArrayList<>();
        for (List<String> group : groups(optionIds(q), byOption)) {
            List<Answer> members = group.stream()
                    .map(id -> q.type() == QuestionType.YES_NO
                            ? (Answer) new Answer.YesNo(id.equals(Answer.YesNo.YES))
                            : new Answer.Choice(id))
                    .toList();
            out.add(new Alternative(members, members.size()));
        }
        return out;
    }

    /**
     * Every non-empty union of groups of ordinary options, each with all its options chosen (so
     * that every option's text is shown somewhere), then each exclusive option alone.
     */
    private static List<Alternative> multi(Question q, Map<String, Set<Integer>> byOption, Set<String> sampled) {
        List<String> ordinary = q.options().stream()
                .filter(o -> !o.exclusive())
                .map(Option::id)
                .filter(id -> id != null)
                .distinct()
                .toList();
        List<List<String>> groups = groups(ordinary, byOption);
        List<Alternative> out = new ArrayList<>();
        if (groups.size() > MAX_GROUPS) {
            sampled.add(q.id());
            for (List<String> group : groups) {
                out.add(choices(List.of(group)));
            }
            out.add(choices(groups));
        } else {
            for (int mask = 1; mask < 1 << groups.size(); mask++) {
                List<List<String>> chosen = new ArrayList<>();
                for (int g = 0; g < groups.size(); g++) {
                    if ((mask & 1 << g) != 0) {
                        chosen.add(groups.get(g));
                    }
                }
                out.add(choices(chosen));
            }
        }
        q.options().stream()
                .filter(Option::exclusive)
                .filter(o -> o.id() != null)
                .forEach(o -> out.add(new Alternative(List.of(new Answer.Choices(Set.of(o.id()))), 1)));
        return out;
    }

    private static Alternative choices(List<List<String>> groups) {
        Set<String> ids = new LinkedHashSet<>();
        long weight = 1;
        for (List<String> group : groups) {
            ids.addAll(group);
            weight *= (1L << group.size()) - 1;
        }
        return new Alternative(List.of(new Answer.Choices(ids)), weight);
    }

    /** The answers to try for a question on one path; an empty optional leaves it unanswered. */
    public interface Brancher {
        List<Branch> branches(Question question, Answers before);
    }

    public record Branch(Optional<Answer> answer, long weight) {}

    public interface Visitor {
        /** @return false to stop the walk */
        boolean visit(Answers answers, long weight);
    }

    /**
     * Walks every path of an interview over {@code questions} in their order: a question whose
     * {@code when} does not hold is not asked; an asked one takes each of its branches.
     *
     * @return false if the visitor stopped the walk
     */
    public static boolean walk(List<Question> questions, Brancher brancher, Visitor visitor) {
        return walk(questions, 0, Answers.NONE, 1, brancher, visitor);
    }

    private static boolean walk(
            List<Question> questions, int index, Answers answers, long weight, Brancher brancher, Visitor visitor) {
        if (index == questions.size()) {
            return visitor.visit(answers, weight);
        }
        Question question = questions.get(index);
        List<Branch> branches = question.isAskedGiven(answers) ? brancher.branches(question, answers) : List.of();
        if (branches.isEmpty()) {
            return walk(questions, index + 1, answers, weight, brancher, visitor);
        }
        for (Branch branch : branches) {
            Answers next =
                    branch.answer().map(a -> answers.with(question.id(), a)).orElse(answers);
            if (!walk(questions, index + 1, next, weight * branch.weight(), brancher, visitor)) {
                return false;
            }
        }
        return true;
    }
}
