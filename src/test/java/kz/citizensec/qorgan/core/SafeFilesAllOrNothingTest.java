package kz.citizensec.qorgan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A set of files replaced all or nothing, created exclusively, and what a failure says. */
class SafeFilesAllOrNothingTest {

    @TempDir
    Path dir;

    private Map<Path, String> set(String plan, String report) {
        Map<Path, String> contents = new LinkedHashMap<>();
        contents.put(dir.resolve("plan.md"), plan);
        contents.put(dir.resolve("report.md"), report);
        return contents;
    }

    /** The real placing, but the file named {@code failing} cannot be placed (as a foreign-owned file in a sticky folder). */
    private static SafeFiles.Placing failingAt(String failing) {
        return (temporary, target) -> {
            if (target.getFileName().toString().equals(failing)) {
                throw new FileSystemException(target.toString(), null, "Operation not permitted");
            }
            Files.createLink(target, temporary);
            Files.delete(temporary);
        };
    }

    @Test
    void whenALaterFileCannotBePlacedTheOldFilesAreAllPutBack() throws IOException {
        Files.writeString(dir.resolve("plan.md"), "old plan");
        Files.writeString(dir.resolve("report.md"), "old report");

        assertThatThrownBy(
                        () -> SafeFiles.writeAll(set("new plan", "new report"), true, Lang.EN, failingAt("report.md")))
                .isInstanceOfSatisfying(QorganException.class, e -> {
                    assertThat(e.status()).isEqualTo(ExitStatus.OUTPUT_FAILED);
                    assertThat(e.getMessage())
                            .contains("report.md", "nothing was written", "The files that were there are as they were.")
                            .doesNotContain("\n");
                });
        assertThat(dir.resolve("plan.md")).hasContent("old plan");
        assertThat(dir.resolve("report.md")).hasContent("old report");
        assertThat(ours()).isEmpty();
    }

    @Test
    void anOldFileThatCannotBePutBackIsNamedWhereItIs() throws IOException {
        Files.writeString(dir.resolve("report.md"), "old report");
        SafeFiles.Placing blocked = (temporary, target) -> {
            if (target.getFileName().toString().equals("report.md")) {
                Files.createDirectories(target.resolve("in-the-way"));
                throw new FileSystemException(target.toString(), null, "Device or resource busy");
            }
            Files.createLink(target, temporary);
            Files.delete(temporary);
        };

        assertThatThrownBy(() -> SafeFiles.writeAll(set("new plan", "new report"), true, Lang.RU, blocked))
                .isInstanceOfSatisfying(
                        QorganException.class,
                        e -> assertThat(e.getMessage())
                                .contains("не удалось вернуть", ".qorgan-", "report.md.old")
                                .doesNotContain("\n"));
        List<Path> folders = ours();
        assertThat(folders).hasSize(1);
        try (Stream<Path> kept = Files.list(folders.get(0))) {
            assertThat(kept.toList())
                    .singleElement()
                    .satisfies(aside -> assertThat(aside).hasContent("old report"));
        }
        assertThat(dir.resolve("plan.md")).doesNotExist();
    }

    @Test
    void aFileThatAppearsMeanwhileIsNeverReplacedAndNothingOfOursIsLeft() throws IOException {
        SafeFiles.Placing anotherRunFirst = (temporary, target) -> {
            if (target.getFileName().toString().equals("report.md")) {
                Files.writeString(target, "the other run's report");
            }
            Files.createLink(target, temporary);
            Files.delete(temporary);
        };

        assertThatThrownBy(() -> SafeFiles.writeAll(set("plan", "report"), false, Lang.KK, anotherRunFirst))
                .isInstanceOfSatisfying(
                        QorganException.class,
                        e -> assertThat(e.getMessage()).contains("report.md", "пайда болды", "ештеңе жазылған жоқ"));
        assertThat(dir.resolve("report.md")).hasContent("the other run's report");
        assertThat(dir.resolve("plan.md")).doesNotExist();
        assertThat(ours()).isEmpty();
    }

    @Test
    void ofRunsWritingTheSameFolderAtOnceExactlyOneWritesItsWholeSet() throws Exception {
        int runs = 6;
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String run = "run " + i;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    SafeFiles.writeAll(set(run + " plan", run + " report"), false, Lang.EN);
                    return true;
                } catch (QorganException e) {
                    assertThat(e.status()).isEqualTo(ExitStatus.OUTPUT_FAILED);
                    assertThat(e.getMessage()).contains("nothing was written");
                    return false;
                }
            }));
        }
        start.countDown();
        List<Boolean> written = new ArrayList<>();
        for (Future<Boolean> result : results) {
            written.add(result.get());
        }
        pool.shutdown();
        assertThat(written).containsOnlyOnce(true);
        String winner = "run " + written.indexOf(true);
        assertThat(dir.resolve("plan.md")).hasContent(winner + " plan");
        assertThat(dir.resolve("report.md")).hasContent(winner + " report");
        assertThat(ours()).isEmpty();
    }

    @Test
    void aDanglingSymbolicLinkIsAFileThatExists() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("plan.md"), dir.resolve("nowhere"));
        assertThatThrownBy(() -> SafeFiles.writeAll(Map.of(link, "plan"), false, Lang.EN))
                .isInstanceOfSatisfying(
                        QorganException.class, e -> assertThat(e.getMessage()).contains("already exists"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }

    @Test
    void staleTemporaryFilesOfOursAreRemovedAndFreshOnesKept() throws IOException {
        Path stale = Files.writeString(dir.resolve(".qorgan-123.tmp"), "IIN 900101300007");
        Path staleFolder = Files.createDirectory(dir.resolve(".qorgan-789"));
        Files.writeString(staleFolder.resolve("report.md.tmp"), "IIN 900101300007");
        Path keptAside = Files.createDirectory(dir.resolve(".qorgan-790"));
        Path oldReport = Files.writeString(keptAside.resolve("report.md.old"), "an old report a message named");
        Path fresh = Files.createDirectory(dir.resolve(".qorgan-456"));
        Path writing = Files.writeString(fresh.resolve("plan.md.tmp"), "another run, writing now");
        Path notOurs = Files.writeString(dir.resolve("notes.tmp"), "someone's");
        for (Path old : List.of(stale, staleFolder, keptAside, notOurs)) {
            Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        }

        SafeFiles.writeAll(Map.of(dir.resolve("plan.md"), "plan"), false, Lang.EN);

        assertThat(stale).doesNotExist();
        assertThat(staleFolder).doesNotExist();
        assertThat(oldReport).hasContent("an old report a message named");
        assertThat(writing).exists();
        assertThat(notOurs).exists();
        assertThat(ours()).containsExactlyInAnyOrder(keptAside, fresh);
    }

    private List<Path> ours() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".qorgan-"))
                    .toList();
        }
    }

    @Test
    void aFolderAnyoneMayRenameInIsRefusedButOneWithTheStickyBitIsNot() throws IOException {
        Path open = Files.createDirectory(dir.resolve("open"));
        Files.setAttribute(open, "unix:mode", 0777);
        assertThatThrownBy(() -> SafeFiles.writeAll(Map.of(open.resolve("plan.md"), "plan"), false, Lang.EN))
                .isInstanceOfSatisfying(QorganException.class, e -> {
                    assertThat(e.status()).isEqualTo(ExitStatus.OUTPUT_FAILED);
                    assertThat(e.getMessage()).contains("can be changed by anyone", "nothing was written");
                });
        assertThatThrownBy(() -> SafeFiles.requireWritable(open.resolve("answers.yaml"), false, Lang.EN))
                .isInstanceOf(QorganException.class);
        assertThat(open.resolve("plan.md")).doesNotExist();

        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setAttribute(shared, "unix:mode", 01777);
        SafeFiles.writeAll(Map.of(shared.resolve("plan.md"), "plan"), false, Lang.EN);
        assertThat(shared.resolve("plan.md")).hasContent("plan");
    }
}
