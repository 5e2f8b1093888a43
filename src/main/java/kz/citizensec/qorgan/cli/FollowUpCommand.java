package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import kz.citizensec.qorgan.app.FollowUpFlow;
import kz.citizensec.qorgan.playbook.LanguageChoice;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code qorgan follow-up CASE_FILE}: what was done since, saved into the case file (see {@link FollowUpFlow}). */
final class FollowUpCommand implements Callable<Integer> {

    private final QorganCommand root;

    private final InterviewOptions interview;

    private final PositionalParamSpec file = PositionalParamSpec.builder()
            .index("0")
            .arity("1")
            .type(Path.class)
            .paramLabel("CASE_FILE")
            .descriptionKey("followUp.file")
            .build();

    private final CommandSpec spec;

    FollowUpCommand(QorganCommand root) {
        this.root = root;
        this.interview = new InterviewOptions();
        this.spec = Specs.command("follow-up", this, interview.guide(), interview.plain());
        spec.addPositional(file);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        return FollowUpFlow.run(
                        root.context(),
                        new FollowUpFlow.Request(
                                file.getValue(),
                                root.langOption()
                                        .map(LanguageChoice::list)
                                        .flatMap(list -> list.stream().findFirst()),
                                interview.guideSource(),
                                interview.isPlain()))
                .code();
    }
}
