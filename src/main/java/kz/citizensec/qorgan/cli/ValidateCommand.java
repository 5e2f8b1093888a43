package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import kz.citizensec.qorgan.app.ValidateFlow;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code qorgan validate [GUIDE_DIR ...] [--exhaustive]}: checks guides (see {@link ValidateFlow}).
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
        List<Path> given = Optional.<List<Path>>ofNullable(folders.getValue()).orElse(List.of());
        return ValidateFlow.run(root.context(), new ValidateFlow.Request(given, Specs.isOn(exhaustive)))
                .code();
    }
}
