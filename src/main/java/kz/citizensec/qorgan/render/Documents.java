package kz.citizensec.qorgan.render;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.plan.Plan;
import kz.citizensec.qorgan.plan.PlanBuilder;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.Templates;

/**
 * The documents stage: answers in, the action plan and the optional police-report draft out, as
 * Markdown. One instance per guide; each template is compiled once, on first use, and kept, so
 * that rendering thousands of answer combinations ({@code validate --exhaustive}) stays cheap.
 * Thread-safe.
 *
 * <p>A template that fails (a variable it names does not exist, a syntax error, braces that do
 * not suit the value) is an {@link InvalidInputException}: exit 3, naming the template file and
 * line, in the document's language.
 */
public final class Documents {

    static final String BUNDLE = "kz.citizensec.qorgan.render.Messages";

    public static final String PLAN = "plan";
    public static final String REPORT = "report";

    private final Guide guide;
    private final PlanBuilder planner;
    private final ContextBuilder contexts;
    private final DocumentMustacheFactory factory = new DocumentMustacheFactory();
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    private Documents(Guide guide) {
        this.guide = guide;
        this.planner = new PlanBuilder(guide);
        this.contexts = new ContextBuilder(guide);
    }

    public static Documents of(Guide guide) {
        return new Documents(guide);
    }

    public Guide guide() {
        return guide;
    }

    /**
     * @param lang the language of the action plan; the guide must speak it
     * @param reportLang the language of the police report; the guide must speak it
     * @param today the day the documents are made (dates of deadlines are compared with it)
     */
    public Rendered render(Answers answers, String lang, String reportLang, LocalDate today) {
        requireSpoken(lang);
        requireSpoken(reportLang);
        Plan plan = planner.build(answers, today);
        DocumentContext planContext = contexts.build(plan, answers, lang, today);
        String actionPlan = render(PLAN, lang, planContext);
        Optional<String> report = Optional.empty();
        if (plan.report()) {
            DocumentContext reportContext = reportLang.equals(lang)
                    ? planContext : contexts.build(plan, answers, reportLang, today);
            report = Optional.of(render(REPORT, reportLang, reportContext));
        }
        return new Rendered(plan, actionPlan, report);
    }

    private String render(String document, String lang, DocumentContext context) {
        Templates.Template template = guide.templates().find(document, lang).orElseThrow(() ->
                new IllegalStateException("guide " + guide.id() + " has no template " + document + "." + lang));
        Mustache mustache = compiled.computeIfAbsent(document + "." + lang, key -> compile(template));
        StringWriter out = new StringWriter();
        try {
            mustache.execute(out, context);
        } catch (MustacheException e) {
            throw problem(template, e, lang);
        }
        return out.toString();
    }

    private Mustache compile(Templates.Template template) {
        try {
            return factory.compile(new StringReader(template.source()), template.file());
        } catch (MustacheException e) {
            throw problem(template, e, template.lang());
        }
    }

    private static InvalidInputException problem(Templates.Template template, MustacheException e, String lang) {
        Messages messages = Messages.of(BUNDLE, lang);
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TemplateError error) {
                return new InvalidInputException(new Problem(Problem.Severity.ERROR, error.file(), error.line(), 0,
                        error.variable(), messages.get(error.key(), error.variable())));
            }
        }
        int line = e.getContext() == null ? 0 : e.getContext().line();
        return new InvalidInputException(new Problem(Problem.Severity.ERROR, template.file(), line, 0, "",
                messages.get("template.invalid", firstLine(e.getMessage()))));
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private void requireSpoken(String lang) {
        if (!guide.speaks(lang)) {
            throw new IllegalArgumentException("guide " + guide.id() + " does not speak " + lang);
        }
    }
}
