package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.citizensec.qorgan.answers.AnswersDocument;
import kz.citizensec.qorgan.answers.AnswersFile;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.plan.PlanBuilder;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.render.Documents;
import kz.citizensec.qorgan.render.PlanJson;
import kz.citizensec.qorgan.render.PrintableHtml;
import kz.citizensec.qorgan.render.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code qorgan plan --answers FILE}: the action plan and the police-report draft for an answers
 * file, on stdout or as files in {@code --out DIR}, as Markdown or as HTML to print
 * ({@code --format html}); {@code --format json} gives the chosen steps for other programs.
 * Languages: {@code --lang} &gt; the file's {@code lang} &gt; the system's; a comma list
 * ({@code --lang kk,ru}) gives the action plan in each, one after the other. The report's, once:
 * {@code --report-lang} &gt; the file's {@code report_lang} &gt; the plan's (the first).
 */
@Command(name = "plan", resourceBundle = Main.BUNDLE, mixinStandardHelpOptions = true, sortOptions = false,
        usageHelpAutoWidth = true)
final class PlanCommand implements Callable<Integer> {

    @ParentCommand
    QorganCommand root;

    @Option(names = "--answers", required = true, paramLabel = "FILE", descriptionKey = "plan.answers")
    Path answers;

    @Option(names = "--report-lang", paramLabel = "LANG", descriptionKey = "plan.reportLang")
    String reportLang;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "plan.out")
    Path out;

    @Option(names = "--force", descriptionKey = "plan.force")
    boolean force;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", descriptionKey = "plan.format")
    String format;

    @Option(names = "--guide", paramLabel = "DIR", descriptionKey = "plan.guide")
    Path guideDir;

    @Override
    public Integer call() {
        Environment environment = root.environment();
        List<String> langOption = root.lang == null ? List.of() : Languages.list(root.lang);
        Messages messages = Messages.of(Main.BUNDLE, root.language(langOption));
        if (!List.of("md", "html", "json").contains(format)) {
            throw new QorganException(ExitStatus.USAGE, messages.get("plan.badFormat", format));
        }
        boolean json = format.equals("json");
        if (json && langOption.size() > 1) {
            throw new QorganException(ExitStatus.USAGE, messages.get("plan.jsonOneLanguage", root.lang));
        }
        Guide guide = new GuideLoader(messages.lang()).load(guideDir == null ? GuideSource.bundled() : GuideSource.directory(guideDir));
        langOption.forEach(l -> requireSpoken(guide, l, "--lang", messages));
        if (reportLang != null) {
            requireSpoken(guide, reportLang, "--report-lang", messages);
        }
        LocalDate today = LocalDate.now(environment.clock());

        AnswersDocument document = new AnswersFile(guide, messages.lang(), today).read(answers);
        String lang = langOption.stream().findFirst().or(document::lang)
                .or(() -> Languages.fromEnvironment(environment.env()).filter(guide::speaks))
                .orElse(guide.languages().get(0));
        List<String> langs = langOption.isEmpty() ? List.of(lang) : langOption;
        String documentLang = Optional.ofNullable(reportLang).or(document::reportLang).orElse(lang);
        new AnswersFile(guide, lang, today).requireComplete(document, answers.toString());

        Map<String, String> documents = json
                ? Map.of(DocumentFiles.PLAN_FILE + ".json", PlanJson.write(guide, new PlanBuilder(guide).build(document.answers(), today), lang))
                : documents(Documents.of(guide).render(document.answers(), langs, documentLang, today));
        if (out == null) {
            documents.values().forEach(environment.out()::print);
            environment.out().flush();
        } else {
            Messages spoken = Messages.of(Main.BUNDLE, lang);
            DocumentFiles.write(documents, out, force, lang)
                    .forEach(file -> environment.err().println(spoken.get("plan.written", file)));
        }
        return ExitStatus.OK.code();
    }

    /**
     * The documents by file name (md or html): without --out one document holding them all,
     * under an empty name.
     */
    private Map<String, String> documents(Rendered rendered) {
        if (out == null) {
            return Map.of("", format.equals("html") ? PrintableHtml.of(rendered).combined() : rendered.combined());
        }
        return DocumentFiles.of(rendered, format);
    }

    private static void requireSpoken(Guide guide, String lang, String option, Messages messages) {
        if (!guide.speaks(lang)) {
            throw new QorganException(ExitStatus.USAGE,
                    messages.get("plan.unknownLanguage", option, lang, String.join(", ", guide.languages())));
        }
    }
}
