package kz.citizensec.qorgan.playbook;

import java.util.ArrayList;
import java.util.List;

/** Every condition of a guide, with where it is written. */
final class GuideConditions {

    /** Who holds a condition: it decides which questions it may refer to. */
    enum Owner {
        QUESTION,
        ALERT,
        STEP,
        URGENCY_RULE,
        CASE,
        DOCUMENT
    }

    /**
     * @param question the question that holds it (for {@code QUESTION} and {@code ALERT}), else null
     * @param step the step that holds it (for {@code STEP} and {@code URGENCY_RULE}), else null
     * @param name the name of a {@code CASE} or the id of a {@code DOCUMENT}, else null
     */
    record Located(
            Owner owner, String file, String pointer, Condition condition, Question question, Step step, String name) {
        Located(Owner owner, String file, String pointer, Condition condition, Question question, Step step) {
            this(owner, file, pointer, condition, question, step, null);
        }
    }

    private GuideConditions() {}

    static List<Located> of(Guide guide) {
        List<Located> all = new ArrayList<>();
        for (int i = 0; i < guide.questions().size(); i++) {
            Question q = guide.questions().get(i);
            String at = "/questions/" + i;
            if (q.when() != null) {
                all.add(new Located(Owner.QUESTION, GuideFiles.QUESTIONS, at + "/when", q.when(), q, null));
            }
            if (q.alert() != null && q.alert().when() != null) {
                all.add(new Located(
                        Owner.ALERT,
                        GuideFiles.QUESTIONS,
                        at + "/alert/when",
                        q.alert().when(),
                        q,
                        null));
            }
        }
        for (int i = 0; i < guide.steps().size(); i++) {
            Step s = guide.steps().get(i);
            String at = "/steps/" + i;
            if (s.when() != null) {
                all.add(new Located(Owner.STEP, GuideFiles.STEPS, at + "/when", s.when(), null, s));
            }
            for (int j = 0; j < s.urgencyIf().size(); j++) {
                UrgencyRule rule = s.urgencyIf().get(j);
                if (rule != null && rule.when() != null) {
                    all.add(new Located(
                            Owner.URGENCY_RULE,
                            GuideFiles.STEPS,
                            at + "/urgency_if/" + j + "/when",
                            rule.when(),
                            null,
                            s));
                }
            }
        }
        guide.cases().forEach((name, condition) -> {
            if (condition != null) {
                all.add(new Located(Owner.CASE, GuideFiles.GUIDE, "/cases/" + name, condition, null, null, name));
            }
        });
        for (int i = 0; i < guide.documents().size(); i++) {
            GuideDocument document = guide.documents().get(i);
            if (document != null && document.when() != null) {
                all.add(new Located(
                        Owner.DOCUMENT,
                        GuideFiles.DOCUMENTS,
                        "/documents/" + i + "/when",
                        document.when(),
                        null,
                        null,
                        document.id()));
            }
        }
        return all;
    }

    /** The tests of a condition, each with its pointer relative to the condition. */
    record LocatedTest(String inside, Condition.Test test) {}

    static List<LocatedTest> tests(Condition condition) {
        List<LocatedTest> out = new ArrayList<>();
        collect(condition, "", out);
        return out;
    }

    private static void collect(Condition condition, String at, List<LocatedTest> out) {
        // Java 17: no pattern matching in switch yet.
        if (condition instanceof Condition.All all) {
            each(all.conditions(), at + "/all", out);
        } else if (condition instanceof Condition.Any any) {
            each(any.conditions(), at + "/any", out);
        } else if (condition instanceof Condition.Not not) {
            collect(not.condition(), at + "/not", out);
        } else if (condition instanceof Condition.Test test) {
            out.add(new LocatedTest(at, test));
        }
    }

    private static void each(List<Condition> parts, String at, List<LocatedTest> out) {
        for (int i = 0; i < parts.size(); i++) {
            collect(parts.get(i), at + "/" + i, out);
        }
    }
}
