package kz.citizensec.qorgan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.playbook.DocumentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFreeFolderIsTheFirstNumberNotTaken() throws IOException {
        assertThat(DocumentFiles.freeFolder(dir, n -> "qorgan-2026-11-28-" + n))
                .isEqualTo(dir.resolve("qorgan-2026-11-28-1"));
        Files.createDirectory(dir.resolve("qorgan-2026-11-28-1"));
        Files.writeString(dir.resolve("qorgan-2026-11-28-2"), "a file takes the name too", StandardCharsets.UTF_8);
        assertThat(DocumentFiles.freeFolder(dir, n -> "qorgan-2026-11-28-" + n))
                .isEqualTo(dir.resolve("qorgan-2026-11-28-3"));
    }

    @Test
    void theHelpDeskSkipsADanglingLinkWhereAVisitorsFolderWouldGo() throws IOException {
        Files.createSymbolicLink(dir.resolve("visitor-001"), dir.resolve("nowhere"));
        assertThat(DocumentFiles.freeFolder(dir, n -> String.format("visitor-%03d", n)))
                .isEqualTo(dir.resolve("visitor-002"));
    }

    @Test
    void aFolderIsRefusedWhenItHoldsADocumentOfOneOfTheFormatsUnlessForced() throws IOException {
        Files.writeString(dir.resolve("plan.html"), "x", StandardCharsets.UTF_8);
        DocumentFiles.requireWritable(dir, List.of(DocumentFormat.MD), false, Lang.EN);
        DocumentFiles.requireWritable(dir, List.of(DocumentFormat.MD, DocumentFormat.HTML), true, Lang.EN);
        assertThatThrownBy(() -> DocumentFiles.requireWritable(
                        dir, List.of(DocumentFormat.MD, DocumentFormat.HTML), false, Lang.RU))
                .isInstanceOf(QorganException.class)
                .hasMessageContaining("plan.html уже существует");
        DocumentFiles.requireWritable(
                dir.resolve("not-yet"), List.of(DocumentFormat.MD, DocumentFormat.HTML), false, Lang.EN);
    }
}
