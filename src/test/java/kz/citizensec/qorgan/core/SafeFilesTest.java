package kz.citizensec.qorgan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryFileWholeReadableByTheOwnerOnly() throws IOException {
        Path plan = dir.resolve("out/plan.md");
        Path report = dir.resolve("out/report.md");
        SafeFiles.writeAll(Map.of(plan, "План: қорған\n", report, "Арыз\n"), false, Lang.EN);

        assertThat(plan).hasContent("План: қорған");
        assertThat(report).hasContent("Арыз");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(plan)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("out"))))
                .isEqualTo("rwx------");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void refusesToReplaceAFileWithoutOverwriteAndWritesNothingElse() throws IOException {
        Path existing = Files.writeString(dir.resolve("report.md"), "old");
        Path fresh = dir.resolve("plan.md");
        Map<Path, String> contents = new LinkedHashMap<>();
        contents.put(fresh, "new plan");
        contents.put(existing, "new report");

        assertThatThrownBy(() -> SafeFiles.writeAll(contents, false, Lang.RU))
                .isInstanceOfSatisfying(QorganException.class, e -> {
                    assertThat(e.status()).isEqualTo(ExitStatus.OUTPUT_FAILED);
                    assertThat(e.getMessage()).contains("report.md", "уже существует", "--force");
                });
        assertThat(existing).hasContent("old");
        assertThat(fresh).doesNotExist();
    }

    @Test
    void replacesWithOverwrite() throws IOException {
        Path existing = Files.writeString(dir.resolve("plan.md"), "old");
        SafeFiles.writeAll(Map.of(existing, "new"), true, Lang.EN);
        assertThat(existing).hasContent("new");
    }

    @Test
    void leavesNothingBehindWhenOneOfTheFilesCannotBeWritten() throws IOException {
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file where a folder should be");
        Path good = dir.resolve("good/plan.md");
        Path bad = blocker.resolve("report.md");
        Map<Path, String> contents = new LinkedHashMap<>();
        contents.put(good, "plan");
        contents.put(bad, "report");

        assertThatThrownBy(() -> SafeFiles.writeAll(contents, false, Lang.KK))
                .isInstanceOfSatisfying(QorganException.class, e -> {
                    assertThat(e.status()).isEqualTo(ExitStatus.OUTPUT_FAILED);
                    assertThat(e.getMessage())
                            .contains("report.md", "ештеңе жазылған жоқ")
                            .doesNotContain("\n");
                });
        assertThat(good).doesNotExist();
        assertThat(dir.resolve("good")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    private Stream<Path> leftovers() throws IOException {
        return Files.walk(dir).filter(p -> p.getFileName().toString().startsWith(".qorgan-")).toList().stream();
    }
}
