package kz.citizensec.qorgan.cli;

import static kz.citizensec.qorgan.testing.Cli.cli;
import static kz.citizensec.qorgan.testing.Cli.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kz.citizensec.qorgan.testing.Cli.Run;
import kz.citizensec.qorgan.testing.GuideFixture;
import kz.citizensec.qorgan.testing.Oracles;
import kz.citizensec.qorgan.testing.RandomText;
import kz.citizensec.qorgan.testing.TestAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The defects of the adversarial run (issue 16), one test each, from the outside: the command line
 * with files in a temporary folder, its exit code, its streams and what it left on disk.
 */
class HardeningTest {

    @TempDir
    Path dir;

    /** An answers file of the default guide, complete, in English, with a story. */
    static String answers(String story) {
        return "lang: en\n" + PlanCommandTest.body() + "  story: " + TestAnswers.yamlQuoted(story) + "\n";
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    // Critical: card numbers with any separators, any digits, an expiry and a CVV.

    @ParameterizedTest
    @ValueSource(strings = {"  ", "\u00A0", ".", "/", "_", " - ", "\u2009", "\u3000"})
    void aCardNumberIsMaskedWhateverItsSeparatorsInTheDocumentsAndTheSavedAnswers(String separator) throws IOException {
        String card = String.join(separator, "4111", "1111", "1111", "1111");
        String fullWidth = RandomText.fullWidth("5500 0000 0000 0004");
        Path answers = write("a.yaml", answers("I told them " + card + " 12/27 123 and then " + fullWidth + "."));
        Run plan = english().run("plan", "--answers", answers.toString());
        assertThat(plan.code()).isZero();
        assertThat(Oracles.holdsCardNumber(plan.out(), "4111111111111111")).isFalse();
        assertThat(Oracles.holdsCardNumber(plan.out(), "5500000000000004")).isFalse();
        assertThat(plan.out()).doesNotContain("12/27", "12\\/27").contains("1111", "０００４");

        Path saved = dir.resolve("saved.yaml");
        Run assess = english()
                .stdin("\n".repeat(30))
                .run("assess", "--answers", answers.toString(), "--save-answers", saved.toString());
        assertThat(assess.code()).isZero();
        String kept = Files.readString(saved, StandardCharsets.UTF_8);
        assertThat(Oracles.holdsCardNumber(kept, "4111111111111111")).isFalse();
        assertThat(Oracles.holdsCardNumber(kept, "5500000000000004")).isFalse();
        assertThat(Oracles.holdsCardNumber(assess.all(), "4111111111111111")).isFalse();
    }

    // Critical: --save-answers never replaces a file without --force, and is checked before the interview.

    @Test
    void saveAnswersRefusesAnExistingFileBeforeTheFirstQuestion() throws IOException {
        Path answers = write("a.yaml", answers("A story."));
        Path saved = write("saved.yaml", "precious");
        Run run = english()
                .stdin("\n".repeat(30))
                .run("assess", "--answers", answers.toString(), "--save-answers", saved.toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err())
                .contains(saved.toString(), "already exists", "--force")
                .doesNotContain("1 / ", ">");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
        assertThat(saved).hasContent("precious");
    }

    @Test
    void saveAnswersReplacesAFileWithForce() throws IOException {
        Path answers = write("a.yaml", answers("A story."));
        Path saved = write("saved.yaml", "old");
        Run run = english()
                .stdin("\n".repeat(30))
                .run("assess", "--answers", answers.toString(), "--save-answers", saved.toString(), "--force");
        assertThat(run.code()).isZero();
        assertThat(Files.readString(saved)).contains("story: A story.");
    }

    @Test
    void saveAnswersRefusesAFolderBeforeTheFirstQuestion() throws IOException {
        Path answers = write("a.yaml", answers("A story."));
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Run run = english()
                .stdin("\n".repeat(30))
                .run("--lang", "ru", "assess", "--answers", answers.toString(), "--save-answers", folder.toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).contains("это папка").doesNotContain(">");
    }

    @Test
    void whenTheAnswersCannotBeSavedAtTheEndTheDocumentsAreStillHandedOverAndTheExitIsFour() throws IOException {
        Path answers = write("a.yaml", answers("A story."));
        Path saved = dir.resolve("saved.yaml");
        byte[] typed = "\n".repeat(30).getBytes(StandardCharsets.UTF_8);
        // Another program writes the file while the person answers the last questions.
        InputStream in = new ByteArrayInputStream(typed) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                int n = super.read(b, off, len);
                if (n < 0 && !Files.exists(saved)) {
                    try {
                        Files.writeString(saved, "someone else's");
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
                return n;
            }
        };
        Run run = cli().stdin(in)
                .env(Map.of("LANG", "en_US.UTF-8"))
                .run("assess", "--answers", answers.toString(), "--save-answers", saved.toString());
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.out()).startsWith("# If you told scammers a code");
        assertThat(run.err()).contains(saved.toString(), "nothing was written");
        assertThat(saved).hasContent("someone else's");
    }

    // Critical: no raw terminal escape, and no faked line, in a message quoting input.

    private static final String OSC52 = "\u001B]52;c;aGk=\u0007\u001B[2Jx";

    /** The message is what the documented exit code says, on one clean line per problem. */
    static void assertOneCleanLine(Run run, int code) {
        assertThat(run.code()).as(run.err()).isEqualTo(code);
        assertThat(run.err().lines()).as(run.err()).hasSize(1).allMatch(Oracles::isCleanMessage);
        assertThat(run.all()).doesNotContain("\u001B", "\u0007", "\u009B");
    }

    @ParameterizedTest(name = "{index}")
    @ValueSource(
            strings = {
                "\"KEY\": 1\nanswers: {in_contact: false}\n",
                "answers:\n  \"KEY\": 1\n",
                "answers:\n  impersonated: \"KEY\"\n",
                "answers:\n  disclosed: [\"KEY\"]\n",
                "lang: \"KEY\"\nanswers: {in_contact: false}\n",
                "answers:\n  incident_date: \"KEY\"\n",
                "answers:\n  transactions:\n    - {\"KEY\": 1}\n",
            })
    void inputQuotedInAMessageCannotDriveTheTerminal(String template) throws IOException {
        Path answers = write(
                "a.yaml", template.replace("KEY", TestAnswers.yamlQuoted(OSC52).replaceAll("^\"|\"$", "")));
        assertOneCleanLine(english().run("plan", "--answers", answers.toString()), 3);
    }

    @Test
    void aFileNameWithALineBreakCannotFakeASecondMessage() {
        String name = dir.resolve("a.yaml\nqorgan: all is well" + OSC52).toString();
        Run run = english().run("plan", "--answers", name);
        assertOneCleanLine(run, 3);
        assertThat(run.err()).contains("a.yaml\\nqorgan: all is well");
        assertOneCleanLine(english().run("plan", "--answers", name, "--lang", "x\ny" + OSC52), 2);
        assertOneCleanLine(english().run("plan", "--answers", name, "--format", "x\ny" + OSC52), 2);
        assertThat(english().run("--bogus\n" + OSC52).err().lines().findFirst())
                .hasValueSatisfying(
                        line -> assertThat(Oracles.isCleanMessage(line)).isTrue());
    }

    /**
     * Every message that names a folder or a file quotes it the same way, as a path: its escapes
     * and controls removed, its line breaks shown as \\n, so that the whole message is one clean
     * line; the name is never masked, so that a person knows it again.
     */
    @Test
    void aFolderOrFileNameIsQuotedOnOneInertLineInEveryMessage() throws IOException {
        String hostile = "x\n" + OSC52 + "y код 1234";
        String shown = "x\\nxy код 1234";
        Path answers = write("a.yaml", answers("A story."));
        Path missing = dir.resolve(hostile).resolve("saved.yaml");
        Run noFolder = english().run("assess", "--answers", answers.toString(), "--save-answers", missing.toString());
        assertOneCleanLine(noFolder, 4);
        assertThat(noFolder.err()).contains(shown + "/saved.yaml:", shown + " does not exist");

        Path folder = Files.createDirectory(dir.resolve(hostile));
        Path existing = Files.writeString(folder.resolve("saved.yaml"), "precious");
        Run exists = english().run("assess", "--answers", answers.toString(), "--save-answers", existing.toString());
        assertOneCleanLine(exists, 4);
        assertThat(exists.err()).contains(shown + "/saved.yaml");

        Run notFolder = english().run("plan", "--answers", answers.toString(), "--out", existing.toString());
        assertOneCleanLine(notFolder, 4);
        assertThat(notFolder.err()).contains(shown + "/saved.yaml");

        Run written = english().run("plan", "--answers", answers.toString(), "--out", folder.toString());
        assertThat(written.code()).as(written.err()).isZero();
        assertThat(written.err().lines())
                .as("the plan, the report, the bank letter, the share draft")
                .hasSize(4)
                .allMatch(Oracles::isCleanMessage)
                .allSatisfy(line -> assertThat(line).contains(shown + "/"));
        Run again = english().run("plan", "--answers", answers.toString(), "--out", folder.toString());
        assertOneCleanLine(again, 4);
        assertThat(again.err()).contains(shown + "/plan.md");

        Run validate = english().run("validate", missing.toString());
        assertOneCleanLine(validate, 3);
        assertThat(validate.err()).contains(shown);
    }

    @Test
    void aGuideKeyQuotedByValidateCannotDriveTheTerminal() {
        GuideFixture guide = GuideFixture.copyOfMinimal(dir);
        guide.replace(
                "questions.yaml",
                "questions:",
                "questions:\n  - {" + TestAnswers.yamlQuoted(OSC52 + "\nfake") + ": 1}");
        Run run = english().run("validate", guide.dir().toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err().lines()).isNotEmpty().allMatch(Oracles::isCleanMessage);
        assertThat(run.all()).doesNotContain("\u001B", "\u0007");
    }

    // Critical: every read is bounded, and nothing waits forever.

    @ParameterizedTest
    @ValueSource(strings = {"/dev/zero", "/dev/urandom"})
    void aDeviceAsTheAnswersFileIsTooLargeAtOnce(String device) {
        Run run = english().run("plan", "--answers", device);
        assertOneCleanLine(run, 3);
        assertThat(run.err()).contains(device, "256 KiB");
        assertOneCleanLine(english().run("assess", "--answers", device), 3);
    }

    @Test
    void aFifoThatNobodyWritesToIsGivenUpAfterAFewSeconds() throws Exception {
        Path fifo = dir.resolve("answers.fifo");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor())
                .isZero();
        long start = System.nanoTime();
        Run run = english().run("--lang", "kk", "plan", "--answers", fifo.toString());
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        assertOneCleanLine(run, 3);
        assertThat(run.err()).contains(fifo.toString(), "5 секунд");
        assertThat(seconds).isBetween(4L, 15L);
        // Our reader still waits to open it: a writer lets it go.
        new java.io.FileOutputStream(fifo.toFile()).close();
    }

    @Test
    void endlessInputWithoutALineBreakStopsAtTheLineLimit() {
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return 0;
            }
        };
        Run run = cli().stdin(zeros).env(Map.of("LANG", "ru_RU.UTF-8")).run("assess");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err().lines().reduce((a, b) -> b))
                .hasValueSatisfying(
                        last -> assertThat(last).startsWith("qorgan: во входных данных есть строка длиннее"));
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void endlessLinesOfGarbageStopAtTheInputLimit() {
        // Every byte value in turn (131 is odd), a line break now and then: lines that never end.
        InputStream garbage = new InputStream() {
            private int read;

            @Override
            public int read() {
                int b = read++ * 131 % 256;
                return b % 23 == 0 ? '\n' : b;
            }
        };
        Run run = cli().stdin(garbage).env(Map.of("LANG", "en_US.UTF-8")).run("assess");
        assertThat(run.code()).isEqualTo(3);
        // Whichever language a line of garbage chose: the last line says why, in it.
        assertThat(run.err().lines().reduce((a, b) -> b))
                .hasValueSatisfying(last -> assertThat(last)
                        .startsWith("qorgan: ")
                        .contains("16")
                        .satisfies(l -> assertThat(Oracles.isCleanMessage(l)).isTrue()));
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aTemplateLinkedOutsideTheGuideIsNotRead() throws IOException {
        GuideFixture guide = GuideFixture.copyOfMinimal(dir);
        Path secret = write("secret.txt", "root:x:0:0:SECRET");
        Path template = guide.file("templates/plan.en.md.mustache");
        Files.delete(template);
        Files.createSymbolicLink(template, secret);
        Run validate = english().run("validate", guide.dir().toString());
        assertThat(validate.code()).isEqualTo(3);
        assertThat(validate.err()).contains("plan.en.md.mustache", "outside the guide folder");
        assertThat(validate.all()).doesNotContain("SECRET");
        Path answers = write("a.yaml", answers("A story."));
        Run plan = english().run("plan", "--guide", guide.dir().toString(), "--answers", answers.toString());
        assertThat(plan.code()).isEqualTo(3);
        assertThat(plan.all()).doesNotContain("SECRET");
    }

    @Test
    void aLinkInsideTheGuideFolderIsReadAndAFifoIsRefused() throws Exception {
        GuideFixture guide = GuideFixture.copyOfMinimal(dir);
        Path template = guide.file("templates/plan.en.md.mustache");
        Files.move(template, guide.file("plan.en.kept"));
        Files.createSymbolicLink(template, Path.of("../plan.en.kept"));
        assertThat(english().run("validate", guide.dir().toString()).code()).isZero();

        Files.delete(template);
        assertThat(new ProcessBuilder("mkfifo", template.toString()).start().waitFor())
                .isZero();
        Run run = english().run("validate", guide.dir().toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("plan.en.md.mustache", "not a regular file");
    }

    // Critical: a template's nesting is limited before it is compiled.

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"validate", "validate --exhaustive", "plan"})
    void aTemplateNestedThousandsDeepIsRefusedByEveryCommand(String command) throws IOException {
        GuideFixture guide = GuideFixture.copyOfMinimal(dir);
        guide.write("templates/plan.en.md.mustache", "{{#report}}".repeat(3000) + "x" + "{{/report}}".repeat(3000));
        Path answers = write("a.yaml", answers("A story."));
        String[] args = command.equals("plan")
                ? new String[] {"plan", "--guide", guide.dir().toString(), "--answers", answers.toString()}
                : (command + " " + guide.dir()).split(" ");
        long start = System.nanoTime();
        Run run = english().run(args);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err())
                .contains("plan.en.md.mustache:1:177: sections are nested more than 16 deep")
                .doesNotContain("StackOverflow", "Exception");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "x {{#report}} y|1:3|the section 'report' opened here is never closed",
                "{{#report}}{{^steps}} y{{/report}}{{/steps}}|1:24|closes a section other than 'steps'",
                "{{/report}}|1:1|closes a section that was never opened",
                "a\\n{{> other}}|2:1|pulls in another file",
                "{{=<% %>=}}<%report%>|1:1|changes the tag delimiters",
            })
    void aTemplateWhoseTagsAreNotWellFormedIsRefusedByPlainValidate(String template, String place, String message) {
        GuideFixture guide = GuideFixture.copyOfMinimal(dir);
        guide.write("templates/report.ru.md.mustache", template.replace("\\n", "\n"));
        Run run = english().run("validate", guide.dir().toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("report.ru.md.mustache:" + place + ": ", message);
    }

    // Major: a failed write to standard output is exit 4 with a message, never 0.

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "plan --answers ANSWERS",
                "plan --answers ANSWERS --format html",
                "plan --answers ANSWERS --format json",
                "--help",
                "--version",
                "plan --help",
                "validate",
                "assess --answers ANSWERS"
            })
    void aStandardOutputThatCannotBeWrittenIsExitFour(String command) throws IOException {
        Path answers = write("a.yaml", answers("A story."));
        // As /dev/full: every write fails.
        java.io.Writer full = new java.io.Writer() {
            @Override
            public void write(char[] chars, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Run run = cli().stdout(full)
                .stdin("\n".repeat(30))
                .env(Map.of("LANG", "ru_RU.UTF-8"))
                .run(command.replace("ANSWERS", answers.toString()).split(" "));
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err().lines().reduce((a, b) -> b))
                .hasValue(
                        "qorgan: не удалось записать в стандартный вывод (диск заполнен или читающая программа закрылась):"
                                + " выведенное неполно.");
    }

    // Major: anchors and aliases refused in answers files as in guides.

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "alias|applicant_name: Айгерим|applicant_address: *n|13:22|YAML aliases (*n) are not allowed in an answers file",
                "anchor alone|applicant_name: &n Айгерим|applicant_address: Алматы|12:19|YAML anchors (&n) are not allowed",
                "anchor on a map|applicant_name: Айгерим|transactions: &t [{date: 2026-11-20, amount: 5, bank: K, recipient: x}]|13:17|YAML anchors (&t)",
            })
    void anAnswersFileWithAnAnchorOrAnAliasIsRefusedWithItsPlace(
            String name, String first, String second, String place, String message) throws IOException {
        Path answers = write(
                "a.yaml",
                answers("A story.")
                        .replace("want_report: true", "want_report: true\n  " + first + "\n  " + second)
                        .replace(
                                "money_lost: false",
                                name.equals("anchor on a map")
                                        ? "money_lost: true\n  transfer_by: i_sent"
                                        : "money_lost: false"));
        Run run = english().run("plan", "--answers", answers.toString());
        assertOneCleanLine(run, 3);
        assertThat(run.err()).contains("a.yaml:", message).doesNotContain("Address: n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "an anchor alone|      en: \"What did you tell them?\"|      en: &q \"What did you tell them?\"|YAML anchors (&q) are not allowed in a guide",
                "an alias|      en: \"My card details\"|      en: *q|YAML aliases (*q) are not allowed in a guide",
            })
    void aGuideWithAnAnchorOrAnAliasSaysSo(String name, String old, String replacement, String message) {
        GuideFixture guide = GuideFixture.copyOfMinimal(dir);
        guide.replace("questions.yaml", old, replacement);
        Run run = english().run("validate", guide.dir().toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("questions.yaml:", message).doesNotContain("cannot be read here");
    }

    // Major: of concurrent runs writing the same --out, exactly one writes.

    @Test
    void ofRunsWithTheSameOutExactlyOneWritesAndTheOthersNameTheFileThatAppeared() throws Exception {
        Path answers = write("a.yaml", answers("A story."));
        Path out = dir.resolve("out");
        int runs = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(runs);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Run>> results = new java.util.ArrayList<>();
        for (int i = 0; i < runs; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return english()
                        .run("plan", "--answers", answers.toString(), "--out", out.toString(), "--format", "html");
            }));
        }
        start.countDown();
        java.util.List<Run> done = new java.util.ArrayList<>();
        for (var result : results) {
            done.add(result.get());
        }
        pool.shutdown();
        assertThat(done).filteredOn(r -> r.code() == 0).hasSize(1);
        assertThat(done).filteredOn(r -> r.code() != 0).allSatisfy(r -> {
            assertThat(r.code()).isEqualTo(4);
            assertThat(r.err())
                    .containsAnyOf("appeared while qorgan was writing", "already exists")
                    .contains("plan.html");
        });
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("letter-bank.html", "plan.html", "report.html", "share.txt");
        }
    }

    // Major: a link is read as a browser reads it: https only, no user-info, no port, host on the list.

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "[x](https://egov.kz@evil.example.com/)|goes to evil.example.com",
                "https://egov.kz:443@evil.example.com/|goes to evil.example.com",
                "https://egov.kz:8443/|names a port",
                "[x](https&#58;//evil.example.com/)|is not on an official domain",
                "[x](https&amp;#58;//evil.example.com/)|is not on an official domain",
                "[x](https\\://evil.example.com/)|is not on an official domain",
                "[x](//evil.example.com/)|a link without https://",
                "[x](javascript:alert(1))|is a javascript: link",
                "[x](JaVaScRiPt&colon;alert(1))|is a javascript: link",
                "http://egov.kz/|is a http: link",
                "[x](data:text/html;base64,PHNjcmlwdD4=)|is a data: link",
                "[x](mailto:help@evil.example.com)|is not on an official domain",
            })
    void aLinkThatReadsAsAllowedButIsNotIsRefusedInATemplateAndInAStep(String link, String message) {
        GuideFixture template = GuideFixture.copyOfMinimal(dir.resolve("t"));
        template.write("templates/plan.en.md.mustache", "# plan\n\nSee " + link + " now.\n");
        Run inTemplate = english().run("validate", template.dir().toString());
        assertThat(inTemplate.code()).isEqualTo(3);
        assertThat(inTemplate.err()).contains("plan.en.md.mustache:3:", message);

        GuideFixture step = GuideFixture.copyOfMinimal(dir.resolve("s"));
        step.replace("steps.yaml", "en: \"Call 102.\"", "en: \"Call 102. " + link.replace("\\", "\\\\") + "\"");
        Run inStep = english().run("validate", step.dir().toString());
        assertThat(inStep.code()).isEqualTo(3);
        assertThat(inStep.err()).contains("steps.yaml:", message);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {"https://egov.kz/", "[eGov](https://www.egov.kz/services)", "mailto:help@egov.kz", "egov.kz"})
    void anOfficialLinkPasses(String link) {
        GuideFixture guide = GuideFixture.copyOfMinimal(dir);
        guide.write("templates/plan.en.md.mustache", "# plan\n\nSee " + link + " now.\n");
        Run run = english().run("validate", guide.dir().toString());
        assertThat(run.err()).doesNotContain("link", "official domain");
    }

    // Major: plain validate compiles and checks every template, every branch.

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a misspelt variable in an inverted section|{{^text.story}}|{{^text.story}}{{text.stroy}}|'text.stroy', which does not exist",
                "a misspelt variable in a section over a false value|{{#group.transactions.items}}|{{#group.transactions.items}}{{bnak}}|'bnak', which does not exist",
                "three braces on typed text|{{text.story}}|{{{text.story}}}|'text.story' is plain or typed text",
                "two braces on guide text|{{{label}}}|{{label}}|'label' is guide text",
            })
    void plainValidateFindsATemplateThatFailsOnSomeAnswers(
            String name, String old, String replacement, String message) {
        GuideFixture guide = GuideFixture.copyOfDefault(dir);
        guide.replace("templates/report.en.md.mustache", old, replacement);
        Run run = english().run("validate", guide.dir().toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("report.en.md.mustache:", message);
    }

    @Test
    void theBundledAndTheDefaultGuidePassPlainValidate() {
        assertThat(english().run("validate").code()).isZero();
        assertThat(english().run("validate", GuideFixture.DEFAULT.toString()).code())
                .isZero();
    }

    // Major: a parse error says what and where, in the user's language, without SnakeYAML's English.

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "kk|a tab|answers:\\n  in_contact: false\\n\\tdisclosed: [card]\\n|3:1|табуляция таңбасы",
                "ru|a tab after a key|answers:\\n  in_contact:\\tfalse\\n|2:14|символ табуляции",
                "en|an unclosed quote|answers:\\n  in_contact: false\\n  story: \"open\\n  channel: phone_call\\n  loans: \"no\"\\n|3:10|a quotation mark is opened and never closed",
                "kk|an unclosed list|answers:\\n  disclosed: [card\\n  channel: x\\n|2:14|тізім",
                "ru|a colon in a text|answers:\\n  story: a: b\\n|2:11|двоеточие с пробелом",
            })
    void anAnswersFileSyntaxErrorIsPlacedAndWordedInTheUsersLanguage(
            String lang, String name, String yaml, String place, String message) throws IOException {
        Path answers = write("a.yaml", yaml.replace("\\n", "\n").replace("\\t", "\t"));
        Run run = english().run("--lang", lang, "plan", "--answers", answers.toString());
        assertOneCleanLine(run, 3);
        assertThat(run.err())
                .contains("a.yaml:" + place + ": ", message)
                .doesNotContain("while", "scanning", "parsing", "found", "expected");
    }

    @Test
    void bytesThatAreNotUtf8ArePlacedInAnAnswersFileAndInAGuide() throws IOException {
        Path answers = dir.resolve("a.yaml");
        Files.write(answers, "answers:\n  story: \"ab\u00FF".getBytes(StandardCharsets.ISO_8859_1));
        Run plan = english().run("--lang", "ru", "plan", "--answers", answers.toString());
        assertOneCleanLine(plan, 3);
        assertThat(plan.err()).contains("a.yaml:2:13: ", "UTF-8");

        GuideFixture guide = GuideFixture.copyOfMinimal(dir);
        String questions = guide.read("questions.yaml");
        int at = questions.indexOf("What did");
        byte[] bytes = questions.getBytes(StandardCharsets.UTF_8);
        int offset = questions.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        byte[] broken = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, broken, 0, offset);
        broken[offset] = (byte) 0xFF;
        System.arraycopy(bytes, offset, broken, offset + 1, bytes.length - offset);
        Files.write(guide.file("questions.yaml"), broken);
        Run validate = english().run("--lang", "kk", "validate", guide.dir().toString());
        assertThat(validate.code()).isEqualTo(3);
        assertThat(validate.err()).contains("questions.yaml:7:12: ", "UTF-8").doesNotContain("шегініс");
    }

    @Test
    void anUnclosedQuoteInAGuideIsPlacedWhereItOpens() {
        GuideFixture guide = GuideFixture.copyOfMinimal(dir);
        guide.replace("questions.yaml", "en: \"What did you tell them?\"", "en: \"What did you tell them?");
        Run run = english().run("--lang", "ru", "validate", guide.dir().toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("questions.yaml:7:11: кавычка открыта и не закрыта");
    }

    @Test
    void aSecondYamlDocumentIsRefusedNotIgnored() throws IOException {
        Path answers = write("a.yaml", answers("A story.") + "---\nanswers:\n  story: another\n");
        Run plan = english().run("plan", "--answers", answers.toString());
        assertOneCleanLine(plan, 3);
        assertThat(plan.err()).contains("a.yaml:13:1: ", "a second document begins here");

        GuideFixture guide = GuideFixture.copyOfMinimal(dir);
        guide.write("steps.yaml", guide.read("steps.yaml") + "\n---\nextra: 1\n");
        Run validate = english().run("validate", guide.dir().toString());
        assertThat(validate.code()).isEqualTo(3);
        assertThat(validate.err()).contains("steps.yaml:", "a second document begins here");
    }

    @Test
    void aControlCharacterInATemplateOrAGuideTextIsRefused() {
        GuideFixture template = GuideFixture.copyOfMinimal(dir.resolve("t"));
        template.write("templates/plan.en.md.mustache", "# plan\n\nText \u001B[2J\u001B]52;c;aGk=\u0007 here.\n");
        Run inTemplate = english().run("validate", template.dir().toString());
        assertThat(inTemplate.code()).isEqualTo(3);
        assertThat(inTemplate.err())
                .contains("plan.en.md.mustache:3:6: ", "U+001B")
                .doesNotContain("\u001B");

        GuideFixture text = GuideFixture.copyOfMinimal(dir.resolve("s"));
        text.replace("questions.yaml", "en: \"What did you tell them?\"", "en: \"What did you \\e[2Jtell them?\"");
        Run inText = english().run("validate", text.dir().toString());
        assertThat(inText.code()).isEqualTo(3);
        assertThat(inText.err()).contains("questions.yaml:7:", "U+001B");
    }

    // Minor.

    @Test
    void thePrintableHtmlKeepsTheLineBreaksOfTheStory() throws IOException {
        Path answers = write("a.yaml", answers("First line.\nSecond line.\n\nA new paragraph."));
        Run run = english().run("plan", "--answers", answers.toString(), "--format", "html");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("<p>First line.<br>\nSecond line.</p>", "<p>A new paragraph.</p>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "plan --answers ANSWERS --out ''|--out",
                "plan --answers ''|--answers",
                "plan --answers ANSWERS --lang ''|--lang",
                "plan --answers ANSWERS --lang ,,,|--lang",
                "plan --answers ANSWERS --report-lang ' '|--report-lang",
                "assess --save-answers ''|--save-answers",
                "validate --lang ' , '|--lang",
            })
    void anEmptyValueIsABadCommandLine(String command, String option) throws IOException {
        Path answers = write("a.yaml", answers("A story."));
        List<String> args = new java.util.ArrayList<>();
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("'([^']*)'|(\\S+)").matcher(command);
        while (m.find()) {
            args.add(m.group(1) != null ? m.group(1) : m.group(2).replace("ANSWERS", answers.toString()));
        }
        Run run = english().run(args.toArray(String[]::new));
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().lines().findFirst())
                .hasValue("qorgan: " + option + " needs a value; an empty one says nothing.");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01", "1926-11-27"})
    void aDateAHundredYearsBackIsATypingMistake(String date) throws IOException {
        Path answers = write("a.yaml", answers("A story.").replace("2026-11-27", date));
        Run run = english().run("plan", "--answers", answers.toString());
        assertOneCleanLine(run, 3);
        assertThat(run.err()).contains("incident_date", "is too far back", "1926-11-28 or later");
        Path recent = write("b.yaml", answers("A story.").replace("2026-11-27", "1926-11-28"));
        assertThat(english().run("plan", "--answers", recent.toString()).code()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan.de.md.mustache", "plan.kz.md.mustache", "letter.en.md.mustache"})
    void aTemplateNoDocumentReadsIsRefused(String name) {
        GuideFixture guide = GuideFixture.copyOfMinimal(dir);
        guide.write("templates/" + name, "# nobody reads me\n");
        Run run = english().run("validate", guide.dir().toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains(name + ": no document reads this file", "plan, report", "kk, ru, en");
    }
}
