package kz.citizensec.qorgan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import kz.citizensec.qorgan.check.CombinationProbe;
import kz.citizensec.qorgan.check.ExhaustiveCheck;
import kz.citizensec.qorgan.check.ExhaustiveResult;
import kz.citizensec.qorgan.check.RenderingProbe;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.playbook.GuideValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code qorgan validate [GUIDE_DIR ...] [--exhaustive]}: lists each guide's problems as
 * {@code file:line:column: field: message} on stderr and a one-line summary per guide on stdout.
 * Exit 3 if any guide has an error (or a folder is missing), else 0: warnings alone pass.
 */
@Command(name = "validate", resourceBundle = Main.BUNDLE, mixinStandardHelpOptions = true, sortOptions = false,
        usageHelpAutoWidth = true)
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    QorganCommand root;

    @Parameters(paramLabel = "GUIDE_DIR", arity = "0..*", descriptionKey = "validate.guideDir")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--exhaustive", descriptionKey = "validate.exhaustive")
    boolean exhaustive;

    @Override
    public Integer call() {
        Environment environment = root.environment();
        String lang = root.language();
        Messages messages = Messages.of(Main.BUNDLE, lang);
        List<GuideSource> sources = new ArrayList<>();
        if (folders.isEmpty()) {
            sources.add(GuideSource.bundled());
        }
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                environment.err().println(messages.get("validate.noFolder", folder));
                return ExitStatus.INVALID_INPUT.code();
            }
            sources.add(GuideSource.directory(folder));
        }
        boolean ok = true;
        for (GuideSource source : sources) {
            ok &= validate(source, lang, messages, environment);
        }
        return ok ? ExitStatus.OK.code() : ExitStatus.INVALID_INPUT.code();
    }

    private boolean validate(GuideSource source, String lang, Messages messages, Environment environment) {
        String name = source.displayName("").replaceAll("[/\\\\]$", "");
        List<Problem> problems;
        Guide guide = null;
        try {
            guide = new GuideLoader(lang).load(source);
            problems = new GuideValidator(lang).validate(source, guide);
        } catch (InvalidInputException e) {
            problems = e.problems();
        }
        for (Problem problem : problems) {
            environment.err().println(problem.isError() ? problem : new Problem(problem.severity(), problem.file(),
                    problem.line(), problem.column(), problem.field(),
                    messages.get("validate.warning", problem.message())));
        }
        long errors = problems.stream().filter(Problem::isError).count();
        environment.out().println(messages.get("validate.summary", name, errors, problems.size() - errors));
        // Tried even after errors, as long as the guide could be read: its findings add to theirs.
        // Documents are rendered only for a guide without errors: they need all its templates.
        boolean combinationsOk = !exhaustive || guide == null
                || exhaustive(guide, errors == 0, name, lang, messages, environment);
        return errors == 0 && combinationsOk;
    }

    private boolean exhaustive(Guide guide, boolean render, String name, String lang, Messages messages,
            Environment environment) {
        LocalDate today = LocalDate.now(environment.clock());
        CombinationProbe probe = render ? new RenderingProbe(guide, today) : CombinationProbe.NONE;
        ExhaustiveResult result = new ExhaustiveCheck(lang, today, probe).run(guide);
        for (String question : result.sampled()) {
            environment.err().println(messages.get("validate.exhaustive.sampled", name, question));
        }
        if (result.failure().isPresent()) {
            ExhaustiveResult.Failure failure = result.failure().get();
            environment.err().println(messages.get("validate.exhaustive.failed", name, failure.number(),
                    failure.reason()));
            environment.err().print(failure.answersFile());
            return false;
        }
        environment.out().println(messages.get("validate.exhaustive.ok", name, result.combinations(),
                result.standsFor()));
        return true;
    }
}
