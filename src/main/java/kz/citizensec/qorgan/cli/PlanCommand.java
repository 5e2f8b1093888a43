package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.citizensec.qorgan.answers.AnswersDocument;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.plan.PlanBuilder;
import kz.citizensec.qorgan.playbook.DocumentFormat;
import kz.citizensec.qorgan.playbook.DocumentId;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.playbook.LanguageChoice;
import kz.citizensec.qorgan.render.CaseFile;
import kz.citizensec.qorgan.render.Documents;
import kz.citizensec.qorgan.render.DueCalendar;
import kz.citizensec.qorgan.render.OutputFormat;
import kz.citizensec.qorgan.render.PlanJson;
import kz.citizensec.qorgan.render.PrintableHtml;
import kz.citizensec.qorgan.render.Rendered;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code qorgan plan --answers FILE}: the action plan and the police-report draft for an answers
 * file, on stdout or as files in {@code --out DIR}, as Markdown or as HTML to print
 * ({@code --format html}); {@code --format json} gives the chosen steps for other programs.
 * Languages: {@code --lang} &gt; the file's {@code lang} &gt; the system's; a comma list
 * ({@code --lang kk,ru}) gives the action plan in each, one after the other. The report's, once:
 * {@code --report-lang} &gt; the file's {@code report_lang} &gt; the plan's (the first).
 */
final class PlanCommand implements Callable<Integer> {

    private final QorganCommand root;

    private final OptionSpec answers = Specs.option("--answers", Path.class, "FILE", "plan.answers")
            .required(true)
            .build();

    private final OptionSpec reportLang =
            Specs.language("--report-lang", "plan.reportLang").build();

    private final OptionSpec out =
            Specs.option("--out", Path.class, "DIR", "plan.out").build();

    private final OptionSpec force = Specs.flag("--force", "plan.force").build();

    private final OptionSpec format = Specs.option("--format", String.class, "FORMAT", "plan.format")
            .defaultValue(OutputFormat.MD.id())
            .completionCandidates(OutputFormat.ids())
            .build();

    private final OptionSpec stats = Counting.option();

    private final OptionSpec guideDir =
            Specs.option("--guide", Path.class, "DIR", "plan.guide").build();

    private final CommandSpec spec;

    PlanCommand(QorganCommand root) {
        this.root = root;
        this.spec = Specs.command("plan", this, answers, reportLang, out, force, format, stats, guideDir);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Environment environment = root.environment();
        List<String> langOption = root.langOption().map(LanguageChoice::list).orElse(List.of());
        Messages messages = Messages.of(Main.BUNDLE, root.language());
        String typedFormat = format.getValue();
        OutputFormat form = OutputFormat.of(typedFormat)
                .orElseThrow(() -> new QorganException(ExitStatus.USAGE, messages.get("plan.badFormat", typedFormat)));
        if (form == OutputFormat.JSON && langOption.size() > 1) {
            throw new QorganException(
                    ExitStatus.USAGE,
                    messages.get("plan.jsonOneLanguage", root.langOption().orElseThrow()));
        }
        GuideSource source = Specs.guideSource(guideDir);
        Guide guide = new GuideLoader(messages.lang()).load(source);
        List<Lang> langsAsked = langOption.stream()
                .map(l -> requireSpoken(guide, l, "--lang", messages))
                .toList();
        Optional<Lang> reportLangOption = Optional.ofNullable(reportLang.<String>getValue())
                .map(l -> requireSpoken(guide, l, "--report-lang", messages));
        LocalDate today = LocalDate.now(environment.clock());

        Path file = answers.getValue();
        // Every message about the file in one language, the interface's, which a broken file cannot change.
        CaseFiles caseFiles = new CaseFiles(guide, source, messages.lang(), today);
        AnswersDocument document = caseFiles.read(file);
        CaseFile caseFile = caseFiles.caseFile(document);
        Lang lang = planLanguage(langsAsked, document, environment.env(), guide);
        List<Lang> langs = langsAsked.isEmpty() ? List.of(lang) : langsAsked;
        Lang documentLang = reportLangOption.or(document::reportLang).orElse(lang);

        Counting counting = Counting.prepare(stats, messages);
        Optional<Path> folder = Optional.ofNullable(out.getValue());
        if (form.documents().isEmpty()) {
            String json = PlanJson.write(
                    guide,
                    new PlanBuilder(guide).build(document.answers(), today),
                    lang,
                    documentLang,
                    document.progress(),
                    caseFile.dues(document.answers(), today));
            folder.ifPresentOrElse(
                    dir -> write(Map.of(DocumentId.PLAN + "." + form.id(), json), dir, lang), () -> print(json));
        } else {
            DocumentFormat documentsForm = form.documents().get();
            Rendered rendered = Documents.of(guide).render(document.answers(), langs, documentLang, today, caseFile);
            if (folder.isEmpty()) {
                print(
                        documentsForm == DocumentFormat.HTML
                                ? PrintableHtml.of(rendered).combined()
                                : rendered.combined());
            } else {
                Map<String, String> files = new LinkedHashMap<>(DocumentFiles.of(rendered, documentsForm));
                DueCalendar.of(rendered, document.progress(), lang).ifPresent(ics -> files.put(DueCalendar.FILE, ics));
                write(files, folder.get(), lang);
            }
        }
        counting.count(document.answers(), lang, today);
        return ExitStatus.OK.code();
    }

    /** Without {@code --out}: the whole output, one document, on stdout. */
    private void print(String text) {
        root.environment().out().print(text);
        root.environment().out().flush();
    }

    /** With {@code --out}: each file into the folder, all or none, each named on stderr in the plan's language. */
    private void write(Map<String, String> files, Path folder, Lang lang) {
        Messages spoken = Messages.of(Main.BUNDLE, lang);
        DocumentFiles.write(files, folder, Specs.isOn(force), lang)
                .forEach(written -> root.environment().err().println(spoken.get("plan.written", written)));
    }

    /** The plan's (first) language: {@code --lang} &gt; the file's {@code lang} &gt; the system's &gt; the guide's first. */
    static Lang planLanguage(List<Lang> langOption, AnswersDocument document, Map<String, String> env, Guide guide) {
        return LanguageChoice.of(
                guide, langOption.stream().findFirst(), document.lang(), LanguageChoice.fromEnvironment(env));
    }

    /** The language of a tag given to {@code option}, which the guide must speak (else exit 2). */
    private static Lang requireSpoken(Guide guide, String typed, String option, Messages messages) {
        return guide.spoken(typed)
                .orElseThrow(() -> new QorganException(
                        ExitStatus.USAGE,
                        messages.get("plan.unknownLanguage", option, typed, String.join(", ", guide.languages()))));
    }
}
