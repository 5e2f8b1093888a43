package kz.citizensec.qorgan.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.core.SafeFiles;
import kz.citizensec.qorgan.playbook.DocumentFormat;
import kz.citizensec.qorgan.playbook.DocumentId;
import kz.citizensec.qorgan.render.PrintableHtml;
import kz.citizensec.qorgan.render.Rendered;

/**
 * One person's documents as files in a folder, the same for {@code plan --out}, {@code assess
 * --out} and the help desk: {@code plan.md} (the action plans, one language after the other) and
 * one {@code <id>.md} for each paper that applies ({@code report.md}, {@code letter-bank.md}…: the
 * ids of the guide's documents.yaml); {@code .html} to print; a plain-text draft as
 * {@code <id>.txt} ({@code share.txt}), which {@code plan.html} also holds. Written whole,
 * readable by the owner only (see {@link SafeFiles}).
 */
final class DocumentFiles {

    private static final String CORE_BUNDLE = "kz.citizensec.qorgan.core.Messages";

    private DocumentFiles() {}

    /**
     * @param format md or html; a paper not made in it (the share draft: txt) is written in the
     *     formats it has (documents.yaml)
     * @return the file names by their contents, in order
     */
    static Map<String, String> of(Rendered rendered, DocumentFormat asked) {
        PrintableHtml printable = PrintableHtml.of(rendered);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(
                DocumentId.PLAN + "." + asked.id(),
                asked == DocumentFormat.HTML ? printable.actionPlans() : rendered.combinedActionPlans());
        for (Rendered.Document paper : rendered.papers()) {
            for (DocumentFormat form : paper.formats().contains(asked) ? List.of(asked) : paper.formats()) {
                files.put(
                        paper.id() + "." + form.id(),
                        switch (form) {
                            case MD -> paper.markdown();
                            case HTML -> printable.paper(paper);
                            case TXT -> paper instanceof Rendered.Draft draft ? draft.text() : paper.markdown();
                        });
            }
        }
        return files;
    }

    /** Both forms, for a person who keeps the files: Markdown to read, HTML to print. */
    static Map<String, String> readableAndPrintable(Rendered rendered) {
        Map<String, String> files = new LinkedHashMap<>(of(rendered, DocumentFormat.MD));
        files.putAll(of(rendered, DocumentFormat.HTML));
        return files;
    }

    /**
     * Writes the files into {@code folder} (made if missing), all or none.
     *
     * @param force replace files that exist; else an existing one stops everything (exit 4)
     * @return the files written, in order
     */
    static List<Path> write(Map<String, String> byName, Path folder, boolean force, Lang lang) {
        Map<Path, String> files = new LinkedHashMap<>();
        byName.forEach((name, text) -> files.put(folder.resolve(name), text));
        SafeFiles.writeAll(files, force, lang);
        return List.copyOf(files.keySet());
    }

    /**
     * Writes as {@link #write} does, then names each file written on {@code err}, in {@code lang}:
     * where no screen shows them (a script, {@code plan --out}).
     */
    static void writeNamed(Map<String, String> byName, Path folder, boolean force, Lang lang, PrintWriter err) {
        Messages messages = AppMessages.in(lang);
        write(byName, folder, force, lang).forEach(file -> err.println(messages.get("plan.written", file)));
    }

    /**
     * Refuses at once, before a long interview, a folder whose files could not be written: it is
     * a file, or (without {@code force}) it already holds a plan or a police report in one of these
     * formats. The letters, which the guide not loaded yet may name, are checked when written.
     */
    static void requireWritable(Path folder, List<DocumentFormat> formats, boolean force, Lang lang) {
        requireFolder(folder, lang);
        Messages messages = Messages.of(CORE_BUNDLE, lang);
        for (DocumentFormat format : formats) {
            for (String name : List.of(DocumentId.PLAN + "." + format.id(), DocumentId.REPORT + "." + format.id())) {
                Path file = folder.resolve(name);
                if (!force && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    throw new QorganException(ExitStatus.OUTPUT_FAILED, messages.get("output.exists", file));
                }
            }
        }
    }

    /** Refuses a folder that is a file (exit 4); one that does not exist yet will be made. */
    static void requireFolder(Path folder, Lang lang) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new QorganException(
                    ExitStatus.OUTPUT_FAILED, Messages.of(CORE_BUNDLE, lang).get("output.notFolder", folder));
        }
    }

    /** The first folder under {@code parent} named {@code name(1)}, {@code name(2)}, ... that does not exist yet. */
    static Path freeFolder(Path parent, IntFunction<String> name) {
        for (int n = 1; ; n++) {
            Path folder = parent.resolve(name.apply(n));
            // A dangling symbolic link takes the name too: skip it rather than fail on it.
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                return folder;
            }
        }
    }
}
