package kz.citizensec.qorgan.cli;

import static kz.citizensec.qorgan.testing.Cli.cli;
import static kz.citizensec.qorgan.testing.Cli.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import kz.citizensec.qorgan.interview.terminal.FakeTerminal;
import kz.citizensec.qorgan.testing.Cli.Run;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qorgan desk}: visitor after visitor on one (fake) terminal, through the command line. */
class DeskCommandTest {

    static final String CLEAR_SCROLLBACK = "\u001B[3J";
    static final String CTRL_C = "\u0003";
    static final String CTRL_D = "\u0004";
    static final String CTRL_U = "\u0015";
    static final String CTRL_Y = "\u0019";

    /**
     * English, an eGov code and an EDS, the plan read a page at a time (five pages at 200×40),
     * then a report, in English, with no time or place; the name first typed wrongly and cut with Ctrl-U.
     */
    static final List<String> FIRST = List.of(
            "3",
            "2",
            "1 2",
            "2",
            "3",
            "3",
            "2",
            "",
            "",
            "",
            "",
            "",
            "1",
            "2026-11-20",
            "",
            "",
            "Secret Name" + CTRL_U + "Aigerim Sadykova",
            "",
            "",
            "8 701 234 56 78",
            "",
            "",
            "FIRST STORY",
            "",
            "",
            "3");

    /**
     * Russian, chosen after Ctrl-Y (which would paste the first visitor's cut text into a shared
     * reader); nothing disclosed, the plan read (four pages), no report.
     */
    static final List<String> SECOND = List.of(CTRL_Y + "2", "2", "8", "2", "2", "1", "1", "", "", "", "", "2", "");

    static final List<String> FIRST_VISITORS_TRACES = List.of(
            "Aigerim", "Sadykova", "Secret Name", "FIRST STORY", "701 234 56 78", "eGov, a public service centre");

    @TempDir
    Path dir;

    /** What was on screen after each clearing of the screen and scrollback, as a person saw it. */
    private static List<String> afterClears(Run run) {
        return List.of(run.raw().split(java.util.regex.Pattern.quote(CLEAR_SCROLLBACK), -1)).stream()
                .map(part -> AttributedString.fromAnsi(part).toString())
                .toList();
    }

    /** The help desk is all on the terminal: nothing ever goes to standard output. */
    private static Run run(FakeTerminal fake, Map<String, String> extraEnv, String... args) {
        Run run = english().env(extraEnv).terminal(fake).run(args);
        assertThat(run.out()).as("nothing on stdout").isEmpty();
        return run;
    }

    private static String keys(List<String> lines) {
        return String.join("\r", lines) + "\r";
    }

    private static String twoVisitors() {
        return "\r" + keys(FIRST) + "\r" + keys(SECOND) + "q\r";
    }

    @Test
    void twoVisitorsGetAFolderEachAndTheSecondSeesNothingOfTheFirst() throws IOException {
        Path out = dir.resolve("desk");
        Run run = run(FakeTerminal.xterm(twoVisitors()), Map.of(), "desk", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();

        assertThat(Files.getPosixFilePermissions(out.resolve("visitor-001")))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        for (String visitor : List.of("visitor-001", "visitor-002")) {
            try (var files = Files.list(out.resolve(visitor))) {
                assertThat(files.map(f -> f.getFileName().toString()).sorted())
                        .containsAnyOf("plan.md")
                        .contains("plan.html");
            }
            assertThat(Files.getPosixFilePermissions(out.resolve(visitor).resolve("plan.md")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        }
        assertThat(Files.readString(out.resolve("visitor-001/report.md"))).contains("Aigerim Sadykova", "FIRST STORY");
        assertThat(Files.readString(out.resolve("visitor-001/report.html"))).contains("Aigerim Sadykova");
        assertThat(Files.readString(out.resolve("visitor-002/plan.md")))
                .startsWith("# Если вы сообщили мошенникам код");
        assertThat(out.resolve("visitor-002/report.md")).doesNotExist();

        List<String> screens = afterClears(run);
        assertThat(screens).hasSize(5);
        assertThat(screens.get(1)).contains("Help desk.", "Next visitor?");
        assertThat(screens.get(2))
                .contains(
                        "Choose a language",
                        "Aigerim Sadykova",
                        "+7 701 234 56 78",
                        "Start now with the first step",
                        "Written: " + out.resolve("visitor-001/plan.html"),
                        "Next visitor?");
        String second = screens.get(3);
        assertThat(second)
                .contains(
                        "Выберите язык",
                        "Проверьте свои ответы.",
                        "Начните прямо сейчас с первого шага",
                        "Written: " + out.resolve("visitor-002/plan.md"));
        for (String trace : FIRST_VISITORS_TRACES) {
            assertThat(second)
                    .as("after the clear, nothing of the first visitor: " + trace)
                    .doesNotContain(trace);
        }
        assertThat(second)
                .as("Ctrl-Y pasted nothing: the second visitor has a line reader of their own")
                .doesNotContain("Type the number of a language");
        assertThat(screens.get(4))
                .contains(
                        "Visitors served: 2. Interviews stopped: 0.",
                        "The documents in " + out.toAbsolutePath() + " hold personal data");
        for (String trace : FIRST_VISITORS_TRACES) {
            assertThat(screens.get(4)).doesNotContain(trace);
        }
    }

    @Test
    void statsCountsEachVisitorServedInOneLineWithNothingPersonal() throws IOException {
        Path out = dir.resolve("desk");
        Path stats = dir.resolve("counts.jsonl");
        String typed = "\r" + keys(FIRST) + "\r" + "3\r" + "Aigerim" + CTRL_C + "\r" + keys(SECOND) + "q\r";
        Run run = run(
                FakeTerminal.xtermKeyByKey(typed),
                Map.of(),
                "desk",
                "--out",
                out.toString(),
                "--stats",
                stats.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(stats, StandardCharsets.UTF_8);
        assertThat(lines).as("two served, the one who left is not counted").hasSize(2);
        assertThat(lines.get(0))
                .startsWith("{\"day\":\"2026-11-28\",\"lang\":\"en\",\"impersonated\":\"government\"")
                .contains("\"report\":\"yes\"");
        assertThat(lines.get(1)).contains("\"lang\":\"ru\"", "\"report\":\"no\"");
        for (String trace : List.of("Aigerim", "Sadykova", "Secret Name", "FIRST STORY", "701", "2026-11-20")) {
            assertThat(String.join("\n", lines)).doesNotContain(trace);
        }
        assertThat(Files.getPosixFilePermissions(stats)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aStatsFileThatIsAFolderIsRefusedBeforeTheFirstVisitor() {
        Run run = run(FakeTerminal.xterm("\r"), Map.of(), "desk", "--out", dir.toString(), "--stats", dir.toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).contains("--stats " + dir + ": not a plain file");
        assertThat(run.raw()).doesNotContain("Next visitor?");
    }

    @Test
    void anEnglishSpeakingVisitorChoosesTheReportsLanguage() throws IOException {
        Path out = dir.resolve("desk");
        List<String> russianReport = new java.util.ArrayList<>(FIRST.subList(0, FIRST.size() - 1));
        russianReport.add("2");
        Run run =
                run(FakeTerminal.xterm("\r" + keys(russianReport) + "q\r"), Map.of(), "desk", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(afterClears(run).get(2)).contains("In which language should the draft police report be written?");
        assertThat(Files.readString(out.resolve("visitor-001/report.md"))).contains("ЗАЯВЛЕНИЕ", "Aigerim Sadykova");
        assertThat(Files.readString(out.resolve("visitor-001/plan.md"))).startsWith("# If you told scammers a code");
    }

    @Test
    void reportLangSetsEveryVisitorsReportLanguageAndIsNotAsked() throws IOException {
        Path out = dir.resolve("desk");
        Run run = run(
                FakeTerminal.xterm("\r" + keys(FIRST.subList(0, FIRST.size() - 1)) + "q\r"),
                Map.of(),
                "desk",
                "--out",
                out.toString(),
                "--report-lang",
                "kk");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.raw()).doesNotContain("In which language should the draft police report be written?");
        assertThat(Files.readString(out.resolve("visitor-001/report.md"))).contains("АРЫЗ", "Aigerim Sadykova");
        assertThat(Files.readString(out.resolve("visitor-001/plan.md"))).startsWith("# If you told scammers a code");
        Run refused = run(FakeTerminal.xterm("\r"), Map.of(), "desk", "--out", out.toString(), "--report-lang", "de");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("--report-lang de");
    }

    @Test
    void ctrlCDuringAnInterviewAbandonsThatVisitorOnlyWritingNothing() throws IOException {
        Path out = dir.resolve("desk");
        String typed = "\r" + "3\r" + "Aigerim" + CTRL_C + "\r" + keys(SECOND) + "q\r";
        Run run = run(FakeTerminal.xtermKeyByKey(typed), Map.of(), "desk", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> screens = afterClears(run);
        assertThat(screens.get(3))
                .contains("The interview was stopped: nothing was saved for that visitor.", "Next visitor?")
                .doesNotContain("Aigerim", "1 / 9");
        try (var folders = Files.list(out)) {
            assertThat(folders.map(f -> f.getFileName().toString())).containsExactly("visitor-001");
        }
        assertThat(Files.readString(out.resolve("visitor-001/plan.md"))).startsWith("# Если вы сообщили");
        assertThat(screens.get(screens.size() - 1)).contains("Visitors served: 1. Interviews stopped: 1.");
    }

    @Test
    void ctrlDAtTheNextVisitorQuestionEndsTheDeskCtrlCToo() {
        Run ended = run(FakeTerminal.xterm(CTRL_D), Map.of(), "--lang", "ru", "desk", "--out", dir.toString());
        assertThat(ended.code()).isZero();
        assertThat(afterClears(ended).get(2))
                .contains("Принято посетителей: 0. Прерванных опросов: 0.")
                .doesNotContain("личные данные");
        Run interrupted = run(FakeTerminal.xtermKeyByKey(CTRL_C), Map.of(), "desk", "--out", dir.toString());
        assertThat(interrupted.code()).isEqualTo(130);
        assertThat(afterClears(interrupted).get(2)).contains("Visitors served: 0.");
    }

    @Test
    void aTerminalThatCannotClearItsScreenIsRefusedBeforeTheFirstVisitor() {
        Run run = run(FakeTerminal.dumb("\r"), Map.of(), "desk", "--out", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("cannot clear its screen");
        assertThat(run.raw()).doesNotContain("Next visitor?");
    }

    @Test
    void withoutATerminalTheDeskIsABadCommandLine() {
        Run run = cli().typed(List.of("")).run("desk", "--out", dir.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("needs a terminal");
    }

    @Test
    void outMustBeAFolderAndIsRequired() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x", StandardCharsets.UTF_8);
        Run run = run(FakeTerminal.xterm("\r"), Map.of(), "desk", "--out", file.toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).contains("is not a folder");
        assertThat(run(FakeTerminal.xterm("\r"), Map.of(), "desk").code()).isEqualTo(2);
    }

    @Test
    void anotherGuideIsReadWithGuide() {
        Run run = run(
                FakeTerminal.xterm("\r"),
                Map.of(),
                "desk",
                "--out",
                dir.resolve("desk").toString(),
                "--guide",
                dir.resolve("nowhere").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("nowhere").contains("guide.yaml");
    }

    /**
     * A fake browser that "prints" the page it is given into the PDF, and a fake lp that keeps what it was sent;
     * a fake lpstat says that CUPS runs with a default queue, so that the machine's own CUPS plays no part.
     */
    private Path fakeTools(String lpBody) throws IOException {
        return fakeTools(lpBody, "scheduler is running", "system default destination: PDF");
    }

    private Path fakeTools(String lpBody, String lpstatR, String lpstatD) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path browser = Files.writeString(bin.resolve("chromium"), """
                #!/bin/sh
                for a in "$@"; do
                  case "$a" in
                    --print-to-pdf=*) pdf="${a#--print-to-pdf=}" ;;
                    file://*) page="${a#file://}" ;;
                  esac
                done
                echo "$@" > "$SPOOL/browser.args"
                { printf '%%PDF-1.4 fake\\n'; cat "$page"; } > "$pdf"
                """, StandardCharsets.UTF_8);
        Path lp = Files.writeString(bin.resolve("lp"), "#!/bin/sh\n" + lpBody, StandardCharsets.UTF_8);
        Path lpstat =
                Files.writeString(bin.resolve("lpstat"), String.format("""
                #!/bin/sh
                [ "$LC_ALL" = C ] || { echo "lpstat: not asked in English" >&2; exit 9; }
                case "$1" in
                  -r) echo '%s' ;;
                  -d) echo '%s' ;;
                esac
                """, lpstatR, lpstatD), StandardCharsets.UTF_8);
        for (Path tool : List.of(browser, lp, lpstat)) {
            Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwx------"));
        }
        Files.createDirectories(dir.resolve("spool"));
        return bin;
    }

    private Map<String, String> path(Path bin) {
        return Map.of(
                "PATH", bin + ":/usr/bin:/bin", "SPOOL", dir.resolve("spool").toString());
    }

    @Test
    void printHandsEachVisitorsDocumentsToLpAsAPdfAndLeavesNoCopyBehind() throws IOException {
        Path bin = fakeTools("""
                echo "$@" > "$SPOOL/lp.args"
                for a in "$@"; do last="$a"; done
                cp "$last" "$SPOOL/printed.pdf"
                """);
        Path out = dir.resolve("desk");
        Run run = run(
                FakeTerminal.xterm("\r" + keys(FIRST) + "q\r"), path(bin), "desk", "--out", out.toString(), "--print");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(afterClears(run).get(2)).contains("Printing…", "Sent to the printer.");
        Path spool = dir.resolve("spool");
        String printed = Files.readString(spool.resolve("printed.pdf"), StandardCharsets.UTF_8);
        assertThat(printed)
                .startsWith("%PDF")
                .contains("<!DOCTYPE html>", "If you told scammers a code", "STATEMENT", "Aigerim Sadykova");
        assertThat(Files.readString(spool.resolve("lp.args")))
                .startsWith("-t qorgan ")
                .doesNotContain("Aigerim");
        assertThat(Files.readString(spool.resolve("browser.args")))
                .contains("--headless", "--disable-background-networking", "--user-data-dir=", "--print-to-pdf=");
        String pdf = Files.readString(spool.resolve("lp.args")).strip().split(" ")[2];
        assertThat(Path.of(pdf))
                .as("the PDF and its folder are deleted once handed over")
                .doesNotExist();
        assertThat(Path.of(pdf).getParent()).doesNotExist();
    }

    @Test
    void aPrinterThatFailsIsReportedAndTheDeskGoesOn() throws IOException {
        Path bin = fakeTools("echo 'lp: The printer or class does not exist.' >&2\nexit 1\n");
        Path out = dir.resolve("desk");
        Run run = run(
                FakeTerminal.xterm("\r" + keys(FIRST) + "\r" + keys(SECOND) + "q\r"),
                path(bin),
                "desk",
                "--out",
                out.toString(),
                "--print");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(afterClears(run).get(2))
                .contains(
                        "Printing failed: lp: lp: The printer or class does not exist.",
                        "Open the files in " + out.resolve("visitor-001") + " (plan.html, report.html) in a browser");
        assertThat(afterClears(run).get(4)).contains("Visitors served: 2.");
    }

    static final String NO_DESTINATION = "echo 'lp: Error - No default destination.' >&2\nexit 1\n";

    @Test
    void aStoppedSchedulerIsOneLineInTheVolunteersLanguageAndTheFilesStayWritten() throws IOException {
        Map<String, String> lines = Map.of(
                "en",
                        "Printing failed: the print service (CUPS) is not running: start it, for example with sudo systemctl start cups.",
                "ru",
                        "Не удалось напечатать: служба печати (CUPS) не запущена: запустите её, например командой sudo systemctl start cups.",
                "kk",
                        "Басып шығару мүмкін болмады: басып шығару қызметі (CUPS) іске қосылмаған: оны, мысалы, sudo systemctl start cups пәрменімен іске қосыңыз.");
        assertPrintFailure(
                fakeTools(NO_DESTINATION, "scheduler is not running", "no system default destination"), lines);
    }

    @Test
    void noDefaultQueueIsOneLineInTheVolunteersLanguageAndTheFilesStayWritten() throws IOException {
        Map<String, String> lines = Map.of(
                "en",
                        "Printing failed: this computer has no default printer: choose one, for example with lpadmin -d NAME.",
                "ru",
                        "Не удалось напечатать: на этом компьютере нет принтера по умолчанию: выберите его, например командой lpadmin -d ИМЯ.",
                "kk",
                        "Басып шығару мүмкін болмады: бұл компьютерде әдепкі принтер жоқ: оны, мысалы, lpadmin -d АТАУЫ пәрменімен таңдаңыз.");
        assertPrintFailure(fakeTools(NO_DESTINATION, "scheduler is running", "no system default destination"), lines);
    }

    private void assertPrintFailure(Path bin, Map<String, String> lines) throws IOException {
        for (Map.Entry<String, String> line : lines.entrySet()) {
            Path out = dir.resolve("desk-" + line.getKey());
            Run run = run(
                    FakeTerminal.xterm("\r" + keys(FIRST) + "q\r"),
                    path(bin),
                    "--lang",
                    line.getKey(),
                    "desk",
                    "--out",
                    out.toString(),
                    "--print");
            assertThat(run.code()).as(run.err()).isZero();
            String screen = afterClears(run).get(2);
            assertThat(screen).contains(line.getValue()).doesNotContain("No default destination", "lpstat");
            assertThat(screen.lines().filter(l -> l.contains("CUPS") || l.contains("lpadmin")))
                    .hasSize(1);
            assertThat(Files.readString(out.resolve("visitor-001/report.html"))).contains("Aigerim Sadykova");
            assertThat(out.resolve("visitor-001/plan.html")).exists();
        }
    }

    @Test
    void printWithoutAPrintCommandIsRefusedBeforeTheFirstVisitor() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Run run = run(
                FakeTerminal.xterm("\r"), Map.of("PATH", empty.toString()), "desk", "--out", dir.toString(), "--print");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no print command (lp or lpr)");
        assertThat(run.raw()).doesNotContain("Help desk");
    }

    @Test
    void helpOfDeskListsItsOptionsInTheVolunteersLanguage() {
        Run en = cli().run("desk", "--help");
        assertThat(en.code()).isZero();
        assertThat(en.out())
                .contains("--out", "--print", "--plain", "visitor-001")
                .doesNotContain("''");
        assertThat(cli().run("--lang", "kk", "desk", "--help").out()).contains("Көмек көрсету пункті");
    }
}
