package kz.citizensec.qorgan.playbook;

import java.util.List;

/** Visits every text of a guide that a person reads, with the file and field it is written in. */
final class GuideTexts {

    /** What a text is for, as far as the validator cares. */
    enum Role {
        /** Shown to the person. */
        TEXT,
        /** The expected form of an answer ("for example +7 701 ..."): may show a made-up example. */
        HINT
    }

    interface Visitor {
        void text(String file, String pointer, LocalizedText text, Role role);
    }

    private GuideTexts() {}

    static void visit(Guide guide, Visitor visitor) {
        text(visitor, GuideFiles.GUIDE, "/title", guide.title(), Role.TEXT);
        questions(visitor, guide.questions(), "/questions");
        for (int i = 0; i < guide.steps().size(); i++) {
            Step step = guide.steps().get(i);
            String at = "/steps/" + i;
            text(visitor, GuideFiles.STEPS, at + "/title", step.title(), Role.TEXT);
            text(visitor, GuideFiles.STEPS, at + "/why", step.why(), Role.TEXT);
            for (int j = 0; j < step.how().size(); j++) {
                text(visitor, GuideFiles.STEPS, at + "/how/" + j, step.how().get(j), Role.TEXT);
            }
            if (step.deadline() != null) {
                text(
                        visitor,
                        GuideFiles.STEPS,
                        at + "/deadline/text",
                        step.deadline().text(),
                        Role.TEXT);
                text(
                        visitor,
                        GuideFiles.STEPS,
                        at + "/deadline/passed",
                        step.deadline().passed(),
                        Role.TEXT);
            }
        }
        for (int i = 0; i < guide.references().size(); i++) {
            Reference reference = guide.references().get(i);
            String at = "/references/" + i;
            text(visitor, GuideFiles.REFERENCES, at + "/name", reference.name(), Role.TEXT);
            text(visitor, GuideFiles.REFERENCES, at + "/note", reference.note(), Role.TEXT);
        }
    }

    private static void questions(Visitor visitor, List<Question> questions, String at) {
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String here = at + "/" + i;
            text(visitor, GuideFiles.QUESTIONS, here + "/text", q.text(), Role.TEXT);
            text(visitor, GuideFiles.QUESTIONS, here + "/help", q.help(), Role.TEXT);
            text(visitor, GuideFiles.QUESTIONS, here + "/hint", q.hint(), Role.HINT);
            for (int j = 0; j < q.options().size(); j++) {
                Option option = q.options().get(j);
                text(visitor, GuideFiles.QUESTIONS, here + "/options/" + j + "/text", option.text(), Role.TEXT);
                text(visitor, GuideFiles.QUESTIONS, here + "/options/" + j + "/meaning", option.meaning(), Role.TEXT);
                text(visitor, GuideFiles.QUESTIONS, here + "/options/" + j + "/phrase", option.phrase(), Role.TEXT);
            }
            if (q.alert() != null) {
                text(
                        visitor,
                        GuideFiles.QUESTIONS,
                        here + "/alert/title",
                        q.alert().title(),
                        Role.TEXT);
                text(
                        visitor,
                        GuideFiles.QUESTIONS,
                        here + "/alert/text",
                        q.alert().text(),
                        Role.TEXT);
            }
            questions(visitor, q.fields(), here + "/fields");
        }
    }

    private static void text(Visitor visitor, String file, String pointer, LocalizedText text, Role role) {
        if (text != null) {
            visitor.text(file, pointer, text, role);
        }
    }
}
