package kz.citizensec.qorgan.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.citizensec.qorgan.check.CombinationProbe;
import kz.citizensec.qorgan.check.ExhaustiveCheck;
import kz.citizensec.qorgan.check.ExhaustiveResult;
import kz.citizensec.qorgan.check.RenderingProbe;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.playbook.FollowUpLoader;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.render.TemplateCheck;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code qorgan validate [GUIDE_DIR ...] [--exhaustive]}: lists each guide's problems as
 * {@code file:line:column: field: message} on stderr and a one-line summary per guide on stdout.
 * Exit 3 if any guide has an error (or a folder is missing), else 0: warnings alone pass.
 */
final class ValidateCommand implements Callable<Integer> {

    private final QorganCommand root;

    private final PositionalParamSpec folders = PositionalParamSpec.builder()
            .paramLabel("GUIDE_DIR")
            .arity("0..*")
            .type(List.class)
            .auxiliaryTypes(Path.class)
            .descriptionKey("validate.guideDir")
            .build();

    private final OptionSpec exhaustive =
            Specs.flag("--exhaustive", "validate.exhaustive").build();

    private final CommandSpec spec;

    ValidateCommand(QorganCommand root) {
        this.root = root;
        this.spec = Specs.command("validate", this, exhaustive);
        spec.addPositional(folders);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        Environment environment = root.environment();
        Lang lang = root.language();
        Messages messages = Messages.of(Main.BUNDLE, lang);
        List<Path> given = Optional.<List<Path>>ofNullable(folders.getValue()).orElse(List.of());
        List<GuideSource> sources = new ArrayList<>();
        if (given.isEmpty()) {
            sources.add(GuideSource.bundled());
        }
        for (Path folder : given) {
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

    private boolean validate(GuideSource source, Lang lang, Messages messages, Environment environment) {
        // A path: messages quote it as a file's name, on one inert line and never masked.
        Path name = Path.of(source.displayName(""));
        GuideLoader.Checked checked = new GuideLoader(lang).check(source);
        List<Problem> problems = new ArrayList<>(checked.problems());
        Guide guide = checked.guide().orElse(null);
        // The templates of a guide without other errors: each compiled and rendered once, every branch taken.
        if (guide != null && !checked.hasErrors()) {
            problems.addAll(TemplateCheck.check(guide, lang, LocalDate.now(environment.clock())));
            problems.addAll(new FollowUpLoader(lang).check(source, guide).problems());
        }
        for (Problem problem : problems) {
            environment
                    .err()
                    .println(
                            problem.isError()
                                    ? problem
                                    : new Problem(
                                            problem.severity(),
                                            problem.file(),
                                            problem.line(),
                                            problem.column(),
                                            problem.field(),
                                            messages.get("validate.warning", problem.message())));
        }
        long errors = problems.stream().filter(Problem::isError).count();
        environment.out().println(messages.get("validate.summary", name, errors, problems.size() - errors));
        // Tried even after errors, as long as the guide could be read: its findings add to theirs.
        // Documents are rendered only for a guide without errors: they need all its templates.
        boolean combinationsOk = !Specs.isOn(exhaustive)
                || guide == null
                || exhaustive(guide, errors == 0, name, lang, messages, environment);
        return errors == 0 && combinationsOk;
    }

    private boolean exhaustive(
            Guide guide, boolean render, Path name, Lang lang, Messages messages, Environment environment) {
        LocalDate today = LocalDate.now(environment.clock());
        CombinationProbe probe = render ? new RenderingProbe(guide, today) : CombinationProbe.NONE;
        ExhaustiveResult result = new ExhaustiveCheck(lang, today, probe).run(guide);
        for (String question : result.sampled()) {
            environment.err().println(messages.get("validate.exhaustive.sampled", name, question));
        }
        if (result.failure().isPresent()) {
            ExhaustiveResult.Failure failure = result.failure().get();
            environment
                    .err()
                    .println(messages.get("validate.exhaustive.failed", name, failure.number(), failure.reason()));
            environment.err().print(failure.answersFile());
            return false;
        }
        environment
                .out()
                .println(messages.get("validate.exhaustive.ok", name, result.combinations(), result.standsFor()));
        return true;
    }
}
