package kz.citizensec.qorgan.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.playbook.Alert;
import kz.citizensec.qorgan.playbook.Condition;
import kz.citizensec.qorgan.playbook.Deadline;
import kz.citizensec.qorgan.playbook.Glossary;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideDocument;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.playbook.LocalizedText;
import kz.citizensec.qorgan.playbook.Option;
import kz.citizensec.qorgan.playbook.Question;
import kz.citizensec.qorgan.playbook.QuestionType;
import kz.citizensec.qorgan.playbook.Reference;
import kz.citizensec.qorgan.playbook.SourceStatus;
import kz.citizensec.qorgan.playbook.Step;
import kz.citizensec.qorgan.playbook.Templates;
import kz.citizensec.qorgan.playbook.Urgency;
import kz.citizensec.qorgan.playbook.UrgencyRule;
import kz.citizensec.qorgan.testing.Case;
import kz.citizensec.qorgan.testing.Cases;
import kz.citizensec.qorgan.testing.GuideFixture;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled guide's build-time snapshot: the same guide as its YAML, never a reason for a command
 * to fail, and never made from a guide with an error.
 */
@ExtendWith(Cases.class)
class GuideSnapshotTest {

    private static final Guide DEFAULT_FROM_YAML = new GuideLoader(Lang.EN).load(GuideSource.bundled());
    private static final byte[] DEFAULT_SNAPSHOT = GuideSnapshot.write(DEFAULT_FROM_YAML);

    @Test
    void theBuildsSnapshotIsTheGuideItsYamlGives() {
        Guide snapshot = GuideSnapshot.bundled(GuideSource.DEFAULT_GUIDE)
                .orElseThrow(() -> new AssertionError("the build wrote no snapshot of the default guide"));

        assertThat(snapshot).isEqualTo(DEFAULT_FROM_YAML);
        // toString shows the order of every list and of each text's languages, which equals ignores for maps.
        assertThat(snapshot.toString()).isEqualTo(DEFAULT_FROM_YAML.toString());
    }

    @Test
    void theBundledGuideIsLoadedFromTheSnapshotReadOncePerProcess() {
        Guide loaded = new GuideLoader(Lang.KK).load(BundledGuide.source());

        assertThat(loaded)
                .isSameAs(BundledGuide.snapshot(GuideSource.DEFAULT_GUIDE).orElseThrow())
                .isSameAs(new GuideLoader(Lang.EN).load(BundledGuide.source()))
                .isEqualTo(DEFAULT_FROM_YAML);
    }

    @Test
    void aGuideFullOfAbsentValuesComesBackTheSame() throws IOException {
        LocalizedText text = new LocalizedText(new java.util.LinkedHashMap<>(Map.of("en", "x")));
        java.util.Map<String, String> withNull = new java.util.LinkedHashMap<>();
        withNull.put("kk", null);
        withNull.put("en", "");
        Question field = new Question(null, null, null, null, null, true, null, null, null, null, true);
        Question question = new Question(
                "q",
                QuestionType.GROUP,
                new LocalizedText(withNull),
                text,
                null,
                false,
                new Condition.Not(new Condition.All(List.of(
                        new Condition.Test("q", Condition.Operator.ANSWERED, List.of("yes")),
                        new Condition.Any(List.of())))),
                List.of(new Option("o", null, true, null, text)),
                List.of(field),
                new Alert(null, text, null),
                false);
        Step step = new Step(
                null,
                null,
                null,
                List.of(new UrgencyRule(null, Urgency.NOW)),
                null,
                text,
                List.of(text),
                null,
                new Deadline(null, -3, null, text, null),
                List.of("seed"),
                List.of("d"));
        Reference reference = new Reference("r", null, null, null, null, null, SourceStatus.SEED);
        Guide guide = new Guide(
                null,
                null,
                null,
                List.of(),
                List.of("gov.kz"),
                List.of(question),
                List.of(step),
                List.of(reference),
                new Templates(Map.of()),
                new Glossary(List.of(
                        new Glossary.Term("t", text, Map.of("en", List.of("x", "y")), Map.of("en", List.of("xz"))))),
                Map.of("c", new Condition.Test("q", Condition.Operator.IS, List.of("o"))),
                List.of(
                        new GuideDocument(
                                "d", new Condition.Test("q", Condition.Operator.IS, List.of("o")), List.of("seed")),
                        new GuideDocument("share", null, List.of(), List.of("txt"), "person", "r")));

        Guide read = GuideSnapshot.read(GuideSnapshot.write(guide));

        assertThat(read).isEqualTo(guide);
        assertThat(read.toString()).isEqualTo(guide.toString());
    }

    @Test
    void theSmallCompleteGuideComesBackTheSame() throws IOException {
        Guide guide = new GuideLoader(Lang.EN).load(GuideSource.directory(GuideFixture.MINIMAL));

        assertThat(GuideSnapshot.read(GuideSnapshot.write(guide))).isEqualTo(guide);
    }

    @Test
    void bytesThatAreNoSnapshotAreRefused() {
        byte[] good = GuideSnapshot.write(DEFAULT_FROM_YAML);
        byte[] otherVersion = good.clone();
        otherVersion[7]++;

        assertThatThrownBy(() -> GuideSnapshot.read("guide: default".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> GuideSnapshot.read(otherVersion)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> GuideSnapshot.read(new byte[0])).isInstanceOf(IOException.class);
    }

    /** A damaged snapshot (cut short, or a byte changed) gives no guide, so the YAML is read instead. */
    @RepeatedTest(value = 200, failureThreshold = 1)
    void aDamagedSnapshotGivesNoGuide(Case c) {
        int position = c.between(0, DEFAULT_SNAPSHOT.length - 1);
        byte[] damaged;
        if (c.chance(0.5)) {
            damaged = Arrays.copyOf(DEFAULT_SNAPSHOT, position);
            c.show("damage", () -> "cut to " + position + " of " + DEFAULT_SNAPSHOT.length + " bytes");
        } else {
            int flip = c.between(1, 255);
            damaged = DEFAULT_SNAPSHOT.clone();
            damaged[position] ^= (byte) flip;
            c.show("damage", () -> "byte " + position + " of " + DEFAULT_SNAPSHOT.length + " XOR " + flip);
        }

        // Not the guide itself in the message, should one be read: it is some hundred kilobytes.
        assertThat(GuideSnapshot.from(new ByteArrayInputStream(damaged)).isPresent())
                .as("a guide was read")
                .isFalse();
    }

    @Test
    void aMissingSnapshotMeansTheYamlIsRead() {
        assertThat(GuideSnapshot.bundled("no-such-guide")).isEmpty();
        assertThat(GuideSnapshot.from(null)).isEmpty();
        // No snapshot and no files: the loader reports the files, as it did before snapshots.
        assertThatThrownBy(() -> new GuideLoader(Lang.EN).load(new GuideSource.Bundled("no-such-guide")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("guides/no-such-guide/guide.yaml");
        assertThatThrownBy(() -> new GuideLoader(Lang.EN)
                        .load(new GuideSource.Prebuilt(new GuideSource.Bundled("no-such-guide"), Optional::empty)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("guides/no-such-guide/guide.yaml");
    }

    @Test
    void theWriterWritesTheSnapshotOfAGuideThatLoads(@TempDir Path temp) throws IOException {
        Path snapshot = temp.resolve("minimal.snapshot");

        GuideSnapshotWriter.write(GuideSource.directory(GuideFixture.MINIMAL), snapshot);

        assertThat(GuideSnapshot.read(Files.readAllBytes(snapshot)))
                .isEqualTo(new GuideLoader(Lang.EN).load(GuideSource.directory(GuideFixture.MINIMAL)));
        assertThat(temp.resolve("minimal.snapshot.tmp")).doesNotExist();
    }

    @Test
    void aGuideWithErrorsFailsTheWriterNamingEachErrorAndLeavesNoSnapshot(@TempDir Path temp) throws IOException {
        GuideFixture broken = GuideFixture.copyOfMinimal(temp).write("steps.yaml", "steps: [\n");
        Path snapshot = temp.resolve("minimal.snapshot");
        Files.write(snapshot, GuideSnapshot.write(DEFAULT_FROM_YAML));

        assertThatThrownBy(() -> GuideSnapshotWriter.write(GuideSource.directory(broken.dir()), snapshot))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith(broken.dir().resolve("steps.yaml") + ":");
        assertThat(snapshot).doesNotExist();
        assertThat(temp.resolve("minimal.snapshot.tmp")).doesNotExist();
    }

    @Test
    void aGuideThatReadsButBreaksARuleFailsTheWriterToo(@TempDir Path temp) {
        GuideFixture broken = GuideFixture.copyOfMinimal(temp).write("guide.yaml", "id: minimal\nversion: '1'\n");

        assertThatThrownBy(() -> GuideSnapshotWriter.write(GuideSource.directory(broken.dir()), temp.resolve("s")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .isNotEmpty()
                                .allMatch(Problem::isError)
                                .anyMatch(p -> p.file()
                                        .equals(broken.dir()
                                                .resolve("guide.yaml")
                                                .toString())));
        assertThat(temp.resolve("s")).doesNotExist();
    }

    @Test
    void theBuildGoesOnWithoutASnapshotAndNamesEachError(@TempDir Path temp) throws IOException {
        GuideFixture broken = GuideFixture.copyOfMinimal(temp).write("steps.yaml", "steps: [\n");
        Path snapshot = temp.resolve("minimal.snapshot");
        Files.write(snapshot, GuideSnapshot.write(DEFAULT_FROM_YAML));
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        GuideSnapshotWriter.build(
                GuideSource.directory(broken.dir()), snapshot, new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(snapshot).doesNotExist();
        assertThat(log.toString(StandardCharsets.UTF_8))
                .contains(
                        "no start-up snapshot", "qorgan validate", broken.dir().resolve("steps.yaml") + ":");
    }
}
