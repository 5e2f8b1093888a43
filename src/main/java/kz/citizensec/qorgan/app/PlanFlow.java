package kz.citizensec.qorgan.app;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.answers.AnswersDocument;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.plan.PlanBuilder;
import kz.citizensec.qorgan.playbook.DocumentId;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideSource;
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
     * @param langs the action plan's languages, in order ({@code --lang kk,ru}); none when not given
     * @param reportLang {@code --report-lang}
     * @param systemLang the language of the system's locale, when qorgan speaks it
     * @param out the folder for the files ({@code --out}); without it, one document on stdout
     * @param force whether files in {@code out} may be replaced ({@code --force})
     * @param format md, html or json ({@code --format})
     * @param stats the counts file ({@code --stats})
     * @param guide {@code --guide}, else the bundled guide
     */
    public record Request(
            Path answers,
            List<String> langs,
            Optional<String> reportLang,
            Optional<String> systemLang,
            Optional<Path> out,
            boolean force,
            String format,
            Optional<Path> stats,
            GuideSource guide) {}

    private PlanFlow() {}

    public static ExitStatus run(Context context, Request request) {
        Messages messages = context.messages();
        Guide guide = context.guide(request.guide());
        List<String> langOption = request.langs();
        langOption.forEach(l -> requireSpoken(guide, l, "--lang", messages));
        request.reportLang().ifPresent(l -> requireSpoken(guide, l, "--report-lang", messages));
        // Every message about the file in one language, the interface's, which a broken file cannot change.
        CaseFiles caseFiles = new CaseFiles(guide, request.guide(), context.lang(), context.today());
        AnswersDocument document = caseFiles.read(request.answers());
        CaseFile caseFile = caseFiles.caseFile(document);
        String lang = planLanguage(langOption, document, request.systemLang(), guide);
        List<String> langs = langOption.isEmpty() ? List.of(lang) : langOption;
        String documentLang = request.reportLang().or(document::reportLang).orElse(lang);

        Counting counting = context.counting(request.stats());
        Optional<Path> folder = request.out();
        Map<String, String> documents;
        if (request.format().equals("json")) {
            documents = Map.of(
                    DocumentId.PLAN + ".json",
                    PlanJson.write(
                            guide,
                            new PlanBuilder(guide).build(document.answers(), context.today()),
                            lang,
                            documentLang,
                            document.progress(),
                            caseFile.dues(document.answers(), context.today())));
        } else {
            Rendered rendered =
                    Documents.of(guide).render(document.answers(), langs, documentLang, context.today(), caseFile);
            documents = new LinkedHashMap<>(documents(rendered, request.format(), folder));
            if (folder.isPresent()) {
                DueCalendar.of(rendered, document.progress(), lang)
                        .ifPresent(ics -> documents.put(DueCalendar.FILE, ics));
            }
        }
        Environment environment = context.environment();
        if (folder.isEmpty()) {
            documents.values().forEach(environment.out()::print);
            environment.out().flush();
        } else {
            Messages spoken = AppMessages.in(lang);
            DocumentFiles.write(documents, folder.get(), request.force(), lang)
                    .forEach(written -> environment.err().println(spoken.get("plan.written", written)));
        }
        counting.count(document.answers(), lang, context.today());
        return ExitStatus.OK;
    }

    /**
     * The documents by file name (md or html): without a folder one document holding them all,
     * under an empty name.
     */
    private static Map<String, String> documents(Rendered rendered, String format, Optional<Path> folder) {
        if (folder.isEmpty()) {
            return Map.of("", format.equals("html") ? PrintableHtml.of(rendered).combined() : rendered.combined());
        }
        return DocumentFiles.of(rendered, format);
    }

    /** The plan's (first) language: {@code --lang} &gt; the file's {@code lang} &gt; the system's &gt; the guide's first. */
    public static String planLanguage(
            List<String> langOption, AnswersDocument document, Optional<String> systemLang, Guide guide) {
        return langOption.stream()
                .findFirst()
                .or(document::lang)
                .or(() -> systemLang.filter(guide::speaks))
                .orElse(guide.languages().get(0));
    }

    private static void requireSpoken(Guide guide, String lang, String option, Messages messages) {
        if (!guide.speaks(lang)) {
            throw new QorganException(
                    ExitStatus.USAGE,
                    messages.get("plan.unknownLanguage", option, lang, String.join(", ", guide.languages())));
        }
    }
}
