package kz.citizensec.qorgan.interview.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.citizensec.qorgan.testing.TmuxScript;
import org.junit.jupiter.api.Test;

/**
 * {@code qorgan follow-up} in a real terminal (src/test/tmux/follow-up.sh): a bank application's
 * number recorded and saved, then ticked in the plan and quoted in the police report; Ctrl-C and
 * SIGTERM in the middle leave the case file exactly as it was. Skipped only where tmux cannot be
 * found (.ci/run installs it).
 */
class FollowUpInTmuxIT {

    @Test
    void aNumberRecordedInARealTerminalReachesThePlanAndAnInterruptionChangesNothing()
            throws IOException, InterruptedException {
        TmuxScript.run("follow-up.sh", "target/tmux-follow-up", "run.log", 3);
        assertThat(Files.readString(Path.of("target/tmux-follow-up/plan.md"), StandardCharsets.UTF_8))
                .contains("- [x] **Call your bank.**", "**My application to the bank:** No. KB-778812");
    }
}
