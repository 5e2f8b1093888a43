package kz.citizensec.qorgan.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.answers.AnswersDocument;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.plan.PlanBuilder;
import kz.citizensec.qorgan.playbook.DocumentFormat;
import kz.citizensec.qorgan.playbook.DocumentId;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.playbook.LanguageChoice;
import kz.citizensec.qorgan.render.CaseFile;
import kz.citizensec.qorgan.render.Documents;
import kz.citizensec.qorgan.render.DueCalendar;
import kz.citizensec.qorgan.render.PlanJson;
import kz.citizensec.qorgan.render.PrintableHtml;
import kz.citizensec.qorgan.render.Rendered;

/**
 * {@code qorgan plan}: the documents of an answers file (or a case file), on stdout or as files in
 * a folder, as Markdown, HTML to print or JSON. Languages: {@code --lang} &gt; the file's
 * {@code lang} &gt; the system's; the report's, once: {@code --report-lang} &gt; the file's
 * {@code report_lang} &gt; the plan's (the first).
 */
public final class PlanFlow {

    /**
     * @param answers the answers file ({@code --answers})
     * @param langs the action plan's languages as typed, in order ({@code --lang kk,ru}); none when not given
     * @param reportLang {@code --report-lang} as typed
     * @param systemLang the language of the system's locale, when qorgan speaks it
     * @param out the folder for the files ({@code --out}); without it, one document on stdout
     * @param force whether files in {@code out} may be replaced ({@code --force})
     * @param format {@code --format}
     * @param stats the counts file ({@code --stats})
     * @param guide {@code --guide}, else the bundled guide
     */
    public record Request(
            Path answers,
            List<String> langs,
            Optional<String> reportLang,
            Optional<Lang> systemLang,
            Optional<Path> out,
            boolean force,
            OutputFormat format,
            Optional<Path> stats,
            GuideSource guide) {}

    private PlanFlow() {}

    public static ExitStatus run(Context context, Request request) {
        Guide guide = context.guide(request.guide());
        List<Lang> langsAsked = request.langs().stream()
                .map(l -> context.spoken(guide, "--lang", l))
                .toList();
        Optional<Lang> reportLangAsked = request.reportLang().map(l -> context.spoken(guide, "--report-lang", l));
        // Every message about the file in one language, the interface's, which a broken file cannot change.
        CaseFiles caseFiles = new CaseFiles(guide, request.guide(), context.lang(), context.today());
        AnswersDocument document = caseFiles.read(request.answers());
        CaseFile caseFile = caseFiles.caseFile(document);
        Lang lang = planLanguage(langsAsked, document, request.systemLang(), guide);
        List<Lang> langs = langsAsked.isEmpty() ? List.of(lang) : langsAsked;
        Lang documentLang = reportLangAsked.or(document::reportLang).orElse(lang);

        Counting counting = context.counting(request.stats());
        Optional<Path> folder = request.out();
        Environment environment = context.environment();
        Optional<DocumentFormat> documentsForm = request.format().documents();
        if (documentsForm.isEmpty()) {
            String json = PlanJson.write(
                    guide,
                    new PlanBuilder(guide).build(document.answers(), context.today()),
                    lang,
                    documentLang,
                    document.progress(),
                    caseFile.dues(document.answers(), context.today()));
            folder.ifPresentOrElse(
                    dir -> DocumentFiles.writeNamed(
                            Map.of(DocumentId.PLAN + "." + request.format().id(), json),
                            dir,
                            request.force(),
                            lang,
                            environment.err()),
                    () -> print(environment, json));
        } else {
            Rendered rendered =
                    Documents.of(guide).render(document.answers(), langs, documentLang, context.today(), caseFile);
            if (folder.isEmpty()) {
                print(
                        environment,
                        documentsForm.get() == DocumentFormat.HTML
                                ? PrintableHtml.of(rendered).combined()
                                : rendered.combined());
            } else {
                Map<String, String> files = new LinkedHashMap<>(DocumentFiles.of(rendered, documentsForm.get()));
                DueCalendar.of(rendered, document.progress(), lang).ifPresent(ics -> files.put(DueCalendar.FILE, ics));
                DocumentFiles.writeNamed(files, folder.get(), request.force(), lang, environment.err());
            }
        }
        counting.count(document.answers(), lang, context.today());
        return ExitStatus.OK;
    }

    /** Without {@code --out}: the whole output, one document, on stdout. */
    private static void print(Environment environment, String text) {
        environment.out().print(text);
        environment.out().flush();
    }

    /** The plan's (first) language: {@code --lang} &gt; the file's {@code lang} &gt; the system's &gt; the guide's first. */
    public static Lang planLanguage(
            List<Lang> langOption, AnswersDocument document, Optional<Lang> systemLang, Guide guide) {
        return LanguageChoice.of(guide, langOption.stream().findFirst(), document.lang(), systemLang);
    }
}
