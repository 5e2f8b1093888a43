package kz.citizensec.qorgan.cli;

import java.nio.file.Path;
import kz.citizensec.qorgan.playbook.GuideSource;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options of the commands that talk with a person ({@code assess}, {@code desk},
 * {@code follow-up}): the guide read from {@code --guide} or the bundled one, and the
 * conversation plain when asked (or when NO_COLOR is set). Each command places {@link #guide()}
 * and {@link #plain()} among its own options, where its help lists them.
 */
final class InterviewOptions {

    private final OptionSpec guide =
            Specs.option("--guide", Path.class, "DIR", "assess.guide").build();

    private final OptionSpec plain = Specs.flag("--plain", "assess.plain").build();

    OptionSpec guide() {
        return guide;
    }

    OptionSpec plain() {
        return plain;
    }

    /** The guide given, else the bundled one. */
    GuideSource guideSource() {
        return Specs.guideSource(guide);
    }

    /** Whether {@code --plain} was given. */
    boolean isPlain() {
        return Specs.isOn(plain);
    }
}
