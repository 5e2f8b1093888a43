package kz.citizensec.qorgan.interview.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import kz.citizensec.qorgan.answers.AnswersFile;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.playbook.Question;
import kz.citizensec.qorgan.testing.TmuxScript;
import org.junit.jupiter.api.Test;

/**
 * What only a real terminal shows: the packaged jar in tmux, every question of the default guide
 * answered in Kazakh, then the action plan on screen and the documents saved when asked
 * (src/test/tmux/interview-kk.sh). Runs in {@code mvn verify}, after the jar is
 * built; skipped only where tmux cannot be found (.ci/run installs it).
 */
class InterviewInTmuxIT {

    @Test
    void everyQuestionAnsweredInKazakhInARealTerminal() throws IOException, InterruptedException {
        TmuxScript.run("interview-kk.sh", "target/tmux", "run.log", 3);
        String screen = Files.readString(Path.of("target/tmux/screen.txt"), StandardCharsets.UTF_8);
        assertThat(screen).contains("Сіздің жауаптарыңыз", "Айгерім Сәрсенқызы", "EXIT=0");
        String start = "Дәл қазір бірінші қадамнан бастаңыз";
        String reportQuestion = "Қол қоюыңыз үшін құжаттардың жобасын дайындайық па";
        assertThat(screen.indexOf(start))
                .as("the action plan, shown before the report's questions")
                .isPositive()
                .isLessThan(screen.indexOf(reportQuestion));
        assertThat(screen.indexOf("Банкке қоңырау шалыңыз"))
                .as("call your bank, before the fourth question")
                .isLessThan(screen.indexOf("4 / 6"));
        assertThat(screen.substring(screen.indexOf(start), screen.indexOf(reportQuestion)))
                .contains("☐ Оларға енді жауап бермеңіз.", "Қазір", "Бүгін")
                .doesNotContain("**");
        assertThat(screen.substring(screen.lastIndexOf("Сіздің жауаптарыңыз")))
                .contains(start, "Бұл файлдарда жеке деректер бар.");
        // Long lines are broken between words to fit the 100 columns, so compare the words.
        String words = screen.replaceAll("\\s+", " ");
        Guide guide = new GuideLoader(Lang.EN).load(GuideSource.bundled());
        Answers given = new AnswersFile(guide, Lang.EN, LocalDate.now())
                .read(Path.of("target/tmux/answers.yaml"))
                .answers();
        for (Question question : guide.questions()) {
            if (!question.isAskedGiven(given)) {
                continue; // stop_credit_before: no loan in this run
            }
            assertThat(words)
                    .as("asked in Kazakh: " + question.id())
                    .contains(question.text().in(Lang.KK).replaceAll("\\s+", " "));
        }
        assertThat(screen.lines())
                .as("no line runs to the terminal's edge, where it would be cut mid-word")
                .allSatisfy(line -> assertThat(line.length()).isLessThan(100));
    }
}
