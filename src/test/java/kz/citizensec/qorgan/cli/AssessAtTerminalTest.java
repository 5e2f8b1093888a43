package kz.citizensec.qorgan.cli;

import static kz.citizensec.qorgan.testing.Cli.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.citizensec.qorgan.interview.terminal.FakeTerminal;
import kz.citizensec.qorgan.testing.Cli;
import kz.citizensec.qorgan.testing.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end of {@code qorgan assess} for a person at a terminal (the fake terminal of the interview tests). */
class AssessAtTerminalTest {

    @TempDir
    Path dir;

    /**
     * {@link AssessCommandTest#SHORT_RUN} at a terminal: the plan is paged after the questions it
     * needs (five pages at 200×40, each passed with Enter), before the question about the report.
     */
    static final List<String> SHORT_RUN = planPaged(AssessCommandTest.SHORT_RUN);

    /** {@link AssessCommandTest#WITH_REPORT} at a terminal, the plan paged in the same place. */
    static final List<String> WITH_REPORT = planPaged(AssessCommandTest.WITH_REPORT);

    /** The answers the plan needs (the first seven), the plan's five pages passed with Enter, then the rest. */
    private static List<String> planPaged(List<String> script) {
        List<String> typed = new ArrayList<>(script);
        typed.addAll(7, List.of("", "", "", "", ""));
        return List.copyOf(typed);
    }

    /** A person types {@code typed} at a dumb terminal; their home is the test's folder. */
    private Cli person(List<String> typed) {
        return english()
                .env(Map.of("HOME", dir.toString()))
                .terminal(FakeTerminal.dumb(FakeTerminal.lines(typed.toArray(String[]::new))));
    }

    static List<String> then(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    private List<String> files(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void thePlanIsShownReadablyThenSavedWhenThePersonSaysYes() throws IOException {
        Path docs = dir.resolve("docs");
        Run run = person(then(WITH_REPORT, "1", docs.toString())).run("assess");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        String screen = run.screen();
        String reportQuestion = AssessCommandTest.text("want_report", "kk");
        // The plan is read before the report's questions; after them only what they added is said.
        String plan = screen.substring(0, screen.indexOf(reportQuestion));
        assertThat(plan)
                .contains(
                        "Алаяқтарға код айтып қойсаңыз: іс-әрекет жоспары",
                        "☐ Банкке қоңырау шалыңыз. ",
                        "   • Картаның артында жазылған")
                .doesNotContain("☐ Полицияға арыз беріңіз");
        String end = screen.substring(screen.indexOf("Сіздің жауаптарыңыз"));
        assertThat(end)
                .contains(
                        "Жоспарыңызға қосылды: «Полицияға арыз беріңіз».",
                        "Дәл қазір бірінші қадамнан бастаңыз: «Банкке қоңырау шалыңыз».",
                        "Іс-әрекет жоспары мен қол қоюға арналған құжаттарды басып шығару немесе сақтап қою үшін файлдарға жазайық па?",
                        "Жазылды: " + docs.resolve("plan.md"),
                        "Жазылды: " + docs.resolve("report.md"),
                        "Бұл файлдарда жеке деректер бар.")
                .doesNotContain("**", "- [ ]", "# Алаяқтарға");
        assertThat(files(docs))
                .as("loans not known: the disputes to the credit bureaus too")
                .containsExactly(
                        "dispute-gkb.html",
                        "dispute-gkb.md",
                        "dispute-pkb.html",
                        "dispute-pkb.md",
                        "plan.html",
                        "plan.md",
                        "report.html",
                        "report.md",
                        "share.txt");
        assertThat(Files.readString(docs.resolve("report.md"))).contains("Айгерім Сәрсенқызы");
        assertThat(Files.getPosixFilePermissions(docs.resolve("report.md")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void noWritesNothing() throws IOException {
        Run run = person(then(SHORT_RUN, "2")).run("assess");
        assertThat(run.code()).isZero();
        assertThat(run.screen())
                .contains(
                        "Save the action plan to a file, to print it or keep it?",
                        "Start now with the first step: \"Call your bank\".",
                        "Nothing was saved.");
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void endOfInputAtTheQuestionWritesNothingAndExits130() throws IOException {
        Run run = person(SHORT_RUN).run("assess");
        assertThat(run.code()).isEqualTo(130);
        assertThat(run.err()).isEqualTo("Stopped: the documents were not saved." + System.lineSeparator());
        assertThat(files(dir)).isEmpty();
    }

    @Test
    void aFolderThatCannotBeWrittenIsAskedAgain() throws IOException {
        Files.writeString(dir.resolve("plan.md"), "mine", StandardCharsets.UTF_8);
        Path docs = dir.resolve("docs");
        Run run =
                person(then(SHORT_RUN, "yes", dir.toString(), docs.toString())).run("assess");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.screen())
                .contains(
                        dir.resolve("plan.md") + " already exists; nothing was written.",
                        "Written: " + docs.resolve("plan.md"));
        assertThat(Files.readString(dir.resolve("plan.md"))).isEqualTo("mine");
        assertThat(files(docs)).containsExactly("plan.html", "plan.md", "share.txt");
        assertThat(run.screen().split("Folder for the files:", -1)).hasSize(3);
    }

    @Test
    void aTildeIsTheHomeFolder() throws IOException {
        Run run = person(then(SHORT_RUN, "1", "~/docs")).run("assess");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.screen()).contains("Written: " + dir.resolve("docs/plan.md"));
        assertThat(files(dir.resolve("docs"))).containsExactly("plan.html", "plan.md", "share.txt");
    }

    @Test
    void outAtATerminalShowsThePlanAndWritesWithoutAsking() throws IOException {
        Path docs = dir.resolve("docs");
        Run run = person(SHORT_RUN).run("assess", "--out", docs.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.screen())
                .contains("Call your bank", "Written: " + docs.resolve("plan.md"), "These files hold personal data.")
                .doesNotContain("Save the action plan");
        assertThat(files(docs)).containsExactly("plan.html", "plan.md", "share.txt");
    }

    @Test
    void plainModeShowsBoxesAsBrackets() {
        Run run = person(then(SHORT_RUN, "2")).run("assess", "--plain");
        assertThat(run.screen())
                .contains("[ ] Call your bank. ", "   - Call the number on the back of your card")
                .doesNotContain("☐");
    }
}
