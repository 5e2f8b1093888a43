package kz.citizensec.qorgan.playbook;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What every guide must have and may not repeat: required keys, well-formed and unique ids, the
 * options of choice questions, the fields of groups, and the parts of steps.
 */
final class StructureRules {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_]*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern BARE_DOMAIN =
            Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    private final Guide guide;
    private final Findings findings;

    StructureRules(Guide guide, Findings findings) {
        this.guide = guide;
        this.findings = findings;
    }

    void check() {
        header();
        if (guide.questions().isEmpty()) {
            findings.error(GuideFiles.QUESTIONS, "/questions", "guide.noQuestions");
        }
        if (guide.steps().isEmpty()) {
            findings.error(GuideFiles.STEPS, "/steps", "guide.noSteps");
        }
        Unique questionIds = new Unique(GuideFiles.QUESTIONS);
        String firstAfterPlan = null;
        for (int i = 0; i < guide.questions().size(); i++) {
            Question q = guide.questions().get(i);
            question(q, "/questions/" + i, questionIds, false);
            if (q.afterPlan() && firstAfterPlan == null) {
                firstAfterPlan = q.id();
            } else if (!q.afterPlan() && firstAfterPlan != null) {
                // The plan is shown once, before the first question after it: the file says the order.
                findings.error(
                        GuideFiles.QUESTIONS, "/questions/" + i, "question.beforePlanAfter", q.id(), firstAfterPlan);
            }
        }
        documents();
        stepPapers();
        Unique stepIds = new Unique(GuideFiles.STEPS);
        for (int i = 0; i < guide.steps().size(); i++) {
            step(guide.steps().get(i), "/steps/" + i, stepIds);
        }
    }

    private void header() {
        String file = GuideFiles.GUIDE;
        id(file, "", guide.id(), null);
        required(file, "/title", guide.title(), "title");
        if (guide.languages().isEmpty()) {
            findings.error(file, "/languages", "guide.noLanguages");
        }
        Unique languages = new Unique(file);
        for (int i = 0; i < guide.languages().size(); i++) {
            String lang = guide.languages().get(i);
            String at = "/languages/" + i;
            if (!LANGUAGE.matcher(lang).matches()) {
                findings.error(file, at, "guide.language", lang);
            } else {
                languages.add(lang, at);
            }
        }
        guide.cases().forEach((name, condition) -> {
            if (!isId(name)) {
                findings.error(file, "/cases/" + name, "id.form", name);
            }
            if (condition == null) {
                findings.error(file, "/cases/" + name, "case.empty", name);
            }
        });
        for (int i = 0; i < guide.allowedDomains().size(); i++) {
            String domain = guide.allowedDomains().get(i);
            if (!BARE_DOMAIN.matcher(domain).matches()) {
                findings.error(file, "/allowed_domains/" + i, "guide.allowedDomain", domain);
            }
        }
    }

    /** Each declared document: a well-formed id, once, and not the action plan's, which is always made. */
    private void documents() {
        String file = GuideFiles.DOCUMENTS;
        Unique ids = new Unique(file);
        for (int i = 0; i < guide.documents().size(); i++) {
            GuideDocument document = guide.documents().get(i);
            String at = "/documents/" + i;
            if (document == null || document.id() == null) {
                findings.error(file, at, "key.missing", "id");
            } else if (!DocumentId.isWellFormed(document.id())) {
                findings.error(file, at + "/id", "document.idForm", document.id());
            } else if (document.documentId().equals(DocumentId.PLAN)) {
                findings.error(file, at + "/id", "document.plan", document.id());
            } else {
                ids.add(document.id(), at + "/id");
            }
            if (document != null && document.sources().isEmpty()) {
                findings.warning(file, at + "/sources", "document.noSources");
            }
            if (document != null) {
                documentForm(document, at);
            }
        }
    }

    /** Each paper a step points to is a document the guide declares. */
    private void stepPapers() {
        List<String> declared = guide.documents().stream()
                .filter(Objects::nonNull)
                .map(GuideDocument::id)
                .filter(Objects::nonNull)
                .toList();
        for (int i = 0; i < guide.steps().size(); i++) {
            Step step = guide.steps().get(i);
            if (step == null) {
                continue;
            }
            for (int j = 0; j < step.papers().size(); j++) {
                String paper = step.papers().get(j);
                if (!declared.contains(paper)) {
                    findings.errorGuess(
                            GuideFiles.STEPS,
                            "/steps/" + i + "/papers/" + j,
                            "step.paperUnknown",
                            String.valueOf(paper),
                            declared);
                }
            }
        }
    }

    /** Its formats, its language and the e-mail reference of a draft. */
    private void documentForm(GuideDocument document, String at) {
        String file = GuideFiles.DOCUMENTS;
        List<String> known =
                Arrays.stream(DocumentFormat.values()).map(DocumentFormat::id).toList();
        for (int j = 0; j < document.formats().size(); j++) {
            String format = document.formats().get(j);
            if (DocumentFormat.of(format).isEmpty()) {
                findings.errorGuess(file, at + "/formats/" + j, "document.format", format, known);
            }
        }
        if (document.plainText() && document.outputFormats().size() > 1) {
            findings.error(file, at + "/formats", "document.formatsMixed");
        }
        if (document.language() != null
                && !List.of(GuideDocument.PERSON, GuideDocument.PAPERS).contains(document.language())) {
            findings.error(file, at + "/language", "document.language", document.language());
        }
        document.emailReference().ifPresent(id -> {
            Optional<Reference> reference = guide.reference(id);
            if (reference.isEmpty() || reference.get().kind() != ReferenceKind.EMAIL) {
                findings.error(file, at + "/email", "document.email", id);
            } else if (ReferenceRules.unconfirmedContact(reference.get())) {
                findings.error(
                        file,
                        at + "/email",
                        "contact.unconfirmed",
                        id,
                        String.valueOf(reference.get().value()),
                        String.valueOf(reference.get().source()));
            }
            if (!document.plainText()) {
                findings.error(file, at + "/email", "document.emailNotText");
            }
        });
    }

    private void question(Question q, String at, Unique ids, boolean isField) {
        String file = GuideFiles.QUESTIONS;
        id(file, at, q.id(), ids);
        if (q.type() == null) {
            findings.error(file, at + "/type", "key.missing", "type");
        }
        required(file, at + "/text", q.text(), "text");
        if (isField && q.when() != null) {
            findings.error(file, at + "/when", "field.noWhen");
        }
        if (isField && q.alert() != null) {
            findings.error(file, at + "/alert", "field.noAlert");
        }
        if (isField && q.afterPlan()) {
            findings.error(file, at + "/after_plan", "field.noAfterPlan");
        }
        if (q.alert() != null) {
            required(file, at + "/alert/when", q.alert().when(), "when");
            required(file, at + "/alert/title", q.alert().title(), "title");
            required(file, at + "/alert/text", q.alert().text(), "text");
        }
        if (q.type() != null) {
            options(q, at);
            fields(q, at, isField);
        }
    }

    private void options(Question q, String at) {
        String file = GuideFiles.QUESTIONS;
        if (!q.type().hasOptions()) {
            if (!q.options().isEmpty()) {
                findings.error(
                        file,
                        at + "/options",
                        "question.noOptionsAllowed",
                        q.type().id());
            }
            return;
        }
        if (q.options().isEmpty()) {
            findings.error(
                    file, at + "/options", "question.needsOptions", q.type().id());
        }
        Unique optionIds = new Unique(file);
        String firstExclusive = null;
        for (int j = 0; j < q.options().size(); j++) {
            Option option = q.options().get(j);
            String here = at + "/options/" + j;
            id(file, here, option.id(), optionIds);
            required(file, here + "/text", option.text(), "text");
            if (option.exclusive() && q.type() != QuestionType.MULTI) {
                findings.error(file, here + "/exclusive", "option.exclusiveOnlyMulti");
            } else if (option.exclusive() && firstExclusive != null) {
                findings.error(file, here + "/exclusive", "option.twoExclusive", firstExclusive, option.id());
            } else if (option.exclusive()) {
                firstExclusive = option.id();
            }
        }
    }

    private void fields(Question q, String at, boolean isField) {
        String file = GuideFiles.QUESTIONS;
        if (q.type() != QuestionType.GROUP) {
            if (!q.fields().isEmpty()) {
                findings.error(
                        file,
                        at + "/fields",
                        "question.noFieldsAllowed",
                        q.type().id());
            }
            return;
        }
        if (isField) {
            findings.error(file, at + "/type", "field.noGroup");
            return;
        }
        if (q.fields().isEmpty()) {
            findings.error(file, at + "/fields", "question.needsFields");
        }
        Unique fieldIds = new Unique(file);
        for (int k = 0; k < q.fields().size(); k++) {
            question(q.fields().get(k), at + "/fields/" + k, fieldIds, true);
        }
    }

    private void step(Step step, String at, Unique ids) {
        String file = GuideFiles.STEPS;
        id(file, at, step.id(), ids);
        if (step.urgency() == null) {
            findings.error(file, at + "/urgency", "key.missing", "urgency");
        }
        required(file, at + "/title", step.title(), "title");
        for (int j = 0; j < step.urgencyIf().size(); j++) {
            UrgencyRule rule = step.urgencyIf().get(j);
            String here = at + "/urgency_if/" + j;
            required(file, here + "/when", rule.when(), "when");
            required(file, here + "/urgency", rule.urgency(), "urgency");
        }
        if (step.deadline() != null) {
            String here = at + "/deadline";
            required(file, here + "/from", step.deadline().from(), "from");
            required(file, here + "/text", step.deadline().text(), "text");
            required(file, here + "/passed", step.deadline().passed(), "passed");
            if (step.deadline().source() == null || step.deadline().source().isBlank()) {
                findings.error(file, here + "/source", "deadline.noSource");
            }
            if (step.deadline().days() <= 0) {
                findings.error(file, here + "/days", "deadline.days");
            }
        }
        if (step.sources().isEmpty()) {
            findings.warning(file, at + "/sources", "step.noSources");
        }
    }

    private void required(String file, String pointer, Object value, String key) {
        if (value == null || value instanceof String s && s.isBlank()) {
            findings.error(file, pointer, "key.missing", key);
        }
    }

    /** Checks an id's form and, when {@code unique} is given, that it was not used before. */
    void id(String file, String at, String id, Unique unique) {
        if (id == null || id.isBlank()) {
            findings.error(file, at + "/id", "key.missing", "id");
        } else if (!ID.matcher(id).matches()) {
            findings.error(file, at + "/id", "id.form", id);
        } else if (unique != null) {
            unique.add(id, at + "/id");
        }
    }

    /** Remembers the ids of one list and reports a repeated one. */
    final class Unique {
        private final String file;
        private final Map<String, String> firstAt = new HashMap<>();

        Unique(String file) {
            this.file = file;
        }

        void add(String id, String pointer) {
            String first = firstAt.putIfAbsent(id, pointer);
            if (first != null) {
                findings.error(file, pointer, "id.duplicate", id, String.valueOf(findings.lineOf(file, first)));
            }
        }
    }

    static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static List<String> ids(List<Question> questions) {
        return questions.stream()
                .map(Question::id)
                .filter(StructureRules::isId)
                .distinct()
                .toList();
    }
}
