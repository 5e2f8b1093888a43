package kz.citizensec.qorgan.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

/**
 * {@code qorgan validate}: each guide's problems as {@code file:line:column: field: message} on
 * stderr and a one-line summary per guide on stdout; with {@code exhaustive}, every combination of
 * answers planned and rendered. Fails (exit 3) if any guide has an error or a folder is missing:
 * warnings alone pass.
 */
public final class ValidateFlow {

    /**
     * @param folders the guides' folders; none: the bundled guide
     * @param exhaustive whether every combination of answers is tried ({@code --exhaustive})
     */
    public record Request(List<Path> folders, boolean exhaustive) {}

    private ValidateFlow() {}

    public static ExitStatus run(Context context, Request request) {
        Environment environment = context.environment();
        Messages messages = context.messages();
        List<GuideSource> sources = new ArrayList<>();
        if (request.folders().isEmpty()) {
            sources.add(GuideSource.bundled());
        }
        for (Path folder : request.folders()) {
            if (!Files.isDirectory(folder)) {
                environment.err().println(messages.get("validate.noFolder", folder));
                return ExitStatus.INVALID_INPUT;
            }
            sources.add(GuideSource.directory(folder));
        }
        boolean ok = true;
        for (GuideSource source : sources) {
            ok &= validate(source, request.exhaustive(), context, messages);
        }
        return ok ? ExitStatus.OK : ExitStatus.INVALID_INPUT;
    }

    private static boolean validate(GuideSource source, boolean exhaustive, Context context, Messages messages) {
        Lang lang = context.lang();
        Environment environment = context.environment();
        // A path: messages quote it as a file's name, on one inert line and never masked.
        Path name = Path.of(source.displayName(""));
        GuideLoader.Checked checked = new GuideLoader(lang).check(source);
        List<Problem> problems = new ArrayList<>(checked.problems());
        Guide guide = checked.guide().orElse(null);
        // The templates of a guide without other errors: each compiled and rendered once, every branch taken.
        if (guide != null && !checked.hasErrors()) {
            problems.addAll(TemplateCheck.check(guide, lang, context.today()));
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
        boolean combinationsOk =
                !exhaustive || guide == null || exhaustive(guide, errors == 0, name, context, messages);
        return errors == 0 && combinationsOk;
    }

    private static boolean exhaustive(Guide guide, boolean render, Path name, Context context, Messages messages) {
        Lang lang = context.lang();
        Environment environment = context.environment();
        LocalDate today = context.today();
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
