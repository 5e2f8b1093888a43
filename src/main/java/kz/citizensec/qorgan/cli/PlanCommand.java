package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.citizensec.qorgan.answers.AnswersDocument;
import kz.citizensec.qorgan.answers.AnswersFile;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.core.SafeFiles;
import kz.citizensec.qorgan.plan.PlanBuilder;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.render.Documents;
import kz.citizensec.qorgan.render.PlanJson;
import kz.citizensec.qorgan.render.Rendered;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code qorgan plan --answers FILE}: the action plan and the police-report draft for an answers
 * file, on stdout or as files in {@code --out DIR}; {@code --format json} gives the chosen steps
 * for other programs. Languages: {@code --lang} &gt; the file's {@code lang} &gt; the system's;
 * the report's: {@code --report-lang} &gt; the file's {@code report_lang} &gt; the plan's.
 */
@Command(name = "plan", resourceBundle = Main.BUNDLE, mixinStandardHelpOptions = true, sortOptions = false,
        usageHelpAutoWidth = true)
final class PlanCommand implements Callable<Integer> {

    static final String PLAN_FILE = "plan";
    static final String REPORT_FILE = "report";

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
        Messages messages = Messages.of(Main.BUNDLE, messageLanguage(environment));
        boolean json = switch (format) {
            case "md" -> false;
            case "json" -> true;
            default -> throw new QorganException(ExitStatus.USAGE, messages.get("plan.badFormat", format));
        };
        Guide guide = new GuideLoader().load(guideDir == null ? GuideSource.bundled() : GuideSource.directory(guideDir));
        Optional<String> langOption = Optional.ofNullable(root.lang);
        requireSpoken(guide, langOption, "--lang", messages);
        requireSpoken(guide, Optional.ofNullable(reportLang), "--report-lang", messages);
        LocalDate today = LocalDate.now(environment.clock());

        AnswersDocument document = new AnswersFile(guide, messages.lang(), today).read(answers);
        String lang = langOption.or(document::lang)
                .or(() -> Languages.fromEnvironment(environment.env()).filter(guide::speaks))
                .orElse(guide.languages().get(0));
        String documentLang = Optional.ofNullable(reportLang).or(document::reportLang).orElse(lang);
        new AnswersFile(guide, lang, today).requireComplete(document, answers.toString());

        Map<String, String> documents = new LinkedHashMap<>();
        if (json) {
            documents.put(PLAN_FILE + ".json", PlanJson.write(guide, new PlanBuilder(guide).build(document.answers(), today), lang));
        } else {
            Rendered rendered = Documents.of(guide).render(document.answers(), lang, documentLang, today);
            if (out == null) {
                documents.put("", rendered.combined());
            } else {
                documents.put(PLAN_FILE + ".md", rendered.actionPlan());
                rendered.report().ifPresent(report -> documents.put(REPORT_FILE + ".md", report));
            }
        }
        if (out == null) {
            documents.values().forEach(environment.out()::print);
            environment.out().flush();
        } else {
            Map<Path, String> files = new LinkedHashMap<>();
            documents.forEach((name, text) -> files.put(out.resolve(name), text));
            SafeFiles.writeAll(files, force, lang);
            Messages spoken = Messages.of(Main.BUNDLE, lang);
            files.keySet().forEach(file -> environment.err().println(spoken.get("plan.written", file)));
        }
        return ExitStatus.OK.code();
    }

    /** The language of messages before the plan's is known: --lang if qorgan speaks it, else the system's. */
    private String messageLanguage(Environment environment) {
        return Optional.ofNullable(root.lang).filter(Languages.SUPPORTED::contains)
                .or(() -> Languages.fromEnvironment(environment.env()))
                .orElse(Languages.FALLBACK);
    }

    private static void requireSpoken(Guide guide, Optional<String> lang, String option, Messages messages) {
        lang.filter(l -> !guide.speaks(l)).ifPresent(l -> {
            throw new QorganException(ExitStatus.USAGE,
                    messages.get("plan.unknownLanguage", option, l, String.join(", ", guide.languages())));
        });
    }
}
