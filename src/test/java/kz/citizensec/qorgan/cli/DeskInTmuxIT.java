package kz.citizensec.qorgan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.citizensec.qorgan.testing.TmuxScript;
import org.junit.jupiter.api.Test;

/**
 * The help desk in a real terminal: the packaged jar in tmux serves two visitors (and a third
 * leaves with Ctrl-C), and the whole scrollback holds nothing of the first once the second
 * starts, and the counts file ({@code --stats}) holds one anonymous line per visitor served
 * (src/test/tmux/desk-two-visitors.sh, which also prints through a real headless browser where
 * one is installed, and through the cups-pdf queue where a CUPS scheduler is reachable). Runs in
 * {@code mvn verify}, after the jar is built; skipped only where tmux cannot be found (.ci/run
 * installs it).
 */
class DeskInTmuxIT {

    @Test
    void twoVisitorsAndNoTraceOfTheFirst() throws IOException, InterruptedException {
        String output = TmuxScript.run("desk-two-visitors.sh", "target/tmux", "desk.log", 4);
        assertThat(output)
                .contains(
                        "two visitors served, nothing of the first left", "two counts lines, nothing personal in them");
        String screen = Files.readString(Path.of("target/tmux/desk-screen.txt"), StandardCharsets.UTF_8);
        assertThat(screen)
                .contains("Қызмет көрсетілген келушілер: 2. Тоқтатылған сұхбаттар: 1.", "EXIT=0")
                .doesNotContain("FIRSTVISITOR", "FIRST-STORY-UNIQUE", "Выберите язык");
    }
}
