package kz.citizensec.qorgan.render;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.plan.CaseDue;
import kz.citizensec.qorgan.plan.Plan;
import kz.citizensec.qorgan.plan.PlanBuilder;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.DocumentFormat;
import kz.citizensec.qorgan.playbook.DocumentId;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideDocument;
import kz.citizensec.qorgan.playbook.Templates;

/**
 * The documents stage: answers in, the action plan and the papers that apply (the police-report
 * draft, the letters: the guide's documents.yaml decides) out, as Markdown. Each template is
 * compiled once per process, on first use or when {@link #prepare}
 * asks, and kept, so that rendering thousands of answer combinations ({@code validate
 * --exhaustive}) stays cheap and a template compiled ahead on another thread is not compiled
 * again. Thread-safe.
 *
 * <p>A template that fails (a variable it names does not exist, a syntax error, braces that do
 * not suit the value) is an {@link InvalidInputException}: exit 3, naming the template file and
 * line, in the document's language.
 */
public final class Documents {

    static final String BUNDLE = "kz.citizensec.qorgan.render.Messages";

    /** The question whose answer names the visitor on a printout (an id of DESIGN.md's contract). */
    static final String VISITOR_NAME = "applicant_name";

    /** Stateless but for its strict object handler, which is thread-safe: one is enough. */
    private static final DocumentMustacheFactory FACTORY = new DocumentMustacheFactory(false);

    private static final DocumentMustacheFactory TEXT_FACTORY = new DocumentMustacheFactory(true);
    private static final List<DocumentFormat> PLAN_FORMATS = List.of(DocumentFormat.MD, DocumentFormat.HTML);
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+(?=\n|$)");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
    /** The first buffer of a template's document, before its size is known: a letter's. */
    private static final int DOCUMENT_CHARS = 4 * 1024;

    /**
     * By template file and text, so that two loads of one guide share their compiled templates. A
     * string key, not the Template record: a record's first hashCode and equals build their method
     * handles, milliseconds of a cold start.
     */
    private static final Map<String, Mustache> COMPILED = new ConcurrentHashMap<>();

    /**
     * This guide's templates once compiled, by file: the key of {@link #COMPILED} holds the whole
     * template, and building and hashing it on every rendering was a tenth of {@code validate
     * --exhaustive}.
     */
    private final Map<String, Ready> ready = new ConcurrentHashMap<>();

    private final Guide guide;
    private final PlanBuilder planner;
    private final ContextBuilder contexts;

    private Documents(Guide guide) {
        this.guide = guide;
        this.planner = new PlanBuilder(guide);
        this.contexts = new ContextBuilder(guide);
    }

    public static Documents of(Guide guide) {
        return new Documents(guide);
    }

    /**
     * Does ahead what the first rendering in {@code lang} does: compiles its templates and renders
     * them once for nobody (no answers), which reads its messages and the locale's formats and
     * lets the templates find their way through the documents' classes. For a thread that
     * prepares while the command line is still being parsed. A template that fails is left for
     * {@link #render} to report.
     */
    public void prepare(Lang lang, LocalDate today) {
        if (!guide.speaks(lang)) {
            return;
        }
        // Compiled first: the command, which has read its answers meanwhile, may be waiting for them.
        for (DocumentId document : guide.documentIds()) {
            guide.templates().find(document, lang).ifPresent(template -> {
                try {
                    compiled(template, plainText(document));
                } catch (InvalidInputException e) {
                    // render() meets it again and reports it
                }
            });
        }
        Plan plan = planner.build(Answers.NONE, today);
        DocumentContext context = contexts.build(plan, Answers.NONE, lang, today);
        for (DocumentId document : guide.documentIds()) {
            try {
                render(document, lang, context);
            } catch (InvalidInputException | IllegalStateException e) {
                // render() meets it again and reports it
            }
        }
    }

    /**
     * @param lang the language of the action plan; the guide must speak it
     * @param reportLang the language of the papers (the police report, the letters); the guide must speak it
     * @param today the day the documents are made (dates of deadlines are compared with it)
     */
    public Rendered render(Answers answers, Lang lang, Lang reportLang, LocalDate today) {
        return render(answers, List.of(lang), reportLang, today);
    }

    /**
     * The action plan in each of {@code langs}, in that order, then each paper that applies, once.
     *
     * @param langs the languages of the action plan, at least one; the guide must speak each
     * @param reportLang the language of the papers (the police report, the letters); the guide must speak it
     * @param today the day the documents are made (dates of deadlines are compared with it)
     */
    public Rendered render(Answers answers, List<Lang> langs, Lang reportLang, LocalDate today) {
        return render(answers, langs, reportLang, today, CaseFile.NONE);
    }

    /**
     * As {@link #render(Answers, List, Lang, LocalDate)}, for a case file: steps done are
     * ticked with their dates and numbers, dates due stand beside the open ones.
     */
    public Rendered render(Answers answers, List<Lang> langs, Lang reportLang, LocalDate today, CaseFile caseFile) {
        if (langs.isEmpty()) {
            throw new IllegalArgumentException("an action plan in at least one language");
        }
        langs.forEach(this::requireSpoken);
        requireSpoken(reportLang);
        Plan plan = planner.build(answers, today);
        List<CaseDue> dues = caseFile.dues(answers, today);
        CaseContext progress = new CaseContext(caseFile, dues);
        Map<Lang, DocumentContext> byLang = new LinkedHashMap<>();
        List<Rendered.Page> actionPlans = new ArrayList<>();
        for (Lang lang : langs) {
            DocumentContext context =
                    byLang.computeIfAbsent(lang, l -> contexts.build(plan, answers, l, today, progress));
            actionPlans.add(
                    new Rendered.Page(DocumentId.PLAN, lang, render(DocumentId.PLAN, lang, context), PLAN_FORMATS));
        }
        List<Rendered.Document> papers = new ArrayList<>();
        for (DocumentId paper : plan.documents()) {
            GuideDocument declared = guide.document(paper).orElseThrow();
            Lang lang = declared.inPersonLanguage() ? langs.get(0) : reportLang;
            DocumentContext context =
                    byLang.computeIfAbsent(lang, l -> contexts.build(plan, answers, l, today, progress));
            String text = render(paper, lang, context);
            papers.add(
                    declared.plainText()
                            ? draft(declared, lang, text)
                            : new Rendered.Page(paper, lang, text, declared.outputFormats()));
        }
        Optional<String> visitorName = Optional.ofNullable(
                        byLang.get(langs.get(0)).text().get(VISITOR_NAME))
                .filter(name -> !name.isBlank());
        return new Rendered(plan, actionPlans, papers, today, visitorName, dues);
    }

    /**
     * A plain-text document: its lines' trailing spaces and its runs of blank lines (where a section
     * was left out) dropped; an e-mail draft begins with its address and subject, in words of the
     * render bundle, so that the file says where and how to send it.
     */
    private Rendered.Draft draft(GuideDocument declared, Lang lang, String rendered) {
        String text = BLANK_LINES
                        .matcher(TRAILING_SPACE.matcher(rendered).replaceAll(""))
                        .replaceAll("\n\n")
                        .strip() + "\n";
        Optional<EmailDraft> email = declared.emailReference()
                .flatMap(guide::reference)
                .map(reference -> EmailDraft.of(reference.value(), text));
        Messages messages = Messages.of(BUNDLE, lang);
        String shown = email.map(e -> messages.get("draft.to", e.to()) + "\n"
                        + messages.get("draft.subject", e.subject()) + "\n\n" + e.body())
                .orElse(text);
        return new Rendered.Draft(declared.documentId(), lang, shown, email, declared.outputFormats());
    }

    private String render(DocumentId document, Lang lang, DocumentContext context) {
        Templates.Template template = guide.templates()
                .find(document, lang)
                .orElseThrow(() ->
                        new IllegalStateException("guide " + guide.id() + " has no template " + document + "." + lang));
        Ready compiled =
                ready.computeIfAbsent(template.file(), file -> new Ready(compiled(template, plainText(document))));
        // Sized as this template's last document: growing the buffer step by step, or zeroing and
        // widening (at the first Kazakh or Russian letter) one much larger than the document, was
        // the check's largest cost.
        StringWriter out = new StringWriter(compiled.expectedChars);
        try {
            compiled.mustache.execute(out, context);
        } catch (MustacheException e) {
            throw problem(template, e, lang);
        }
        String text = out.toString();
        compiled.expectedChars = text.length() + text.length() / 8 + 64;
        return text;
    }

    /** A compiled template and the size of the buffer its next document needs. */
    private static final class Ready {
        final Mustache mustache;
        /** Racy by design: any recent size is a good guess. */
        volatile int expectedChars = DOCUMENT_CHARS;

        Ready(Mustache mustache) {
            this.mustache = mustache;
        }
    }

    private boolean plainText(DocumentId document) {
        return guide.document(document).map(GuideDocument::plainText).orElse(false);
    }

    /** Compiled once; a thread asking while another compiles it waits for that one. */
    private static Mustache compiled(Templates.Template template, boolean plainText) {
        return COMPILED.computeIfAbsent(
                plainText + "\n" + template.file() + '\n' + template.source(), key -> compile(template, plainText));
    }

    private static Mustache compile(Templates.Template template, boolean plainText) {
        try {
            return (plainText ? TEXT_FACTORY : FACTORY).compile(new StringReader(template.source()), template.file());
        } catch (MustacheException e) {
            throw problem(template, e, template.language());
        }
    }

    static InvalidInputException problem(Templates.Template template, MustacheException e, Lang lang) {
        Messages messages = Messages.of(BUNDLE, lang);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateError error) {
                return new InvalidInputException(new Problem(
                        Problem.Severity.ERROR,
                        error.file(),
                        error.line(),
                        0,
                        error.variable(),
                        messages.get(error.key(), error.variable())));
            }
        }
        int line = e.getContext() == null ? 0 : e.getContext().line();
        return new InvalidInputException(new Problem(
                Problem.Severity.ERROR,
                template.file(),
                line,
                0,
                "",
                messages.get("template.invalid", firstLine(e.getMessage()))));
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private void requireSpoken(Lang lang) {
        if (!guide.speaks(lang)) {
            throw new IllegalArgumentException("guide " + guide.id() + " does not speak " + lang);
        }
    }
}
