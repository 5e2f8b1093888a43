package kz.citizensec.qorgan.startup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.PlainFiles;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;

/**
 * Run by the build (Maven's process-classes phase, see pom.xml) with the classes folder as its
 * argument: writes the snapshot of the bundled guide beside the guide's copied files. The guide is
 * loaded as every command loads one, read and validated ({@link GuideLoader#load}): the commands
 * take the snapshot as a guide already checked.
 */
public final class GuideSnapshotWriter {

    private GuideSnapshotWriter() {}

    public static void main(String[] args) throws IOException {
        build(
                GuideSource.bundled(),
                Path.of(args[0])
                        .resolve(GuideSnapshot.resource(GuideSource.DEFAULT_GUIDE)
                                .substring(1)),
                System.err);
    }

    /**
     * What the build does: writes the snapshot, or, for a guide with an error, writes none and names
     * each error on {@code log}. The build goes on, so that the guide's editor can still build
     * qorgan and run {@code qorgan validate} on it (guides/README.md); every command then refuses
     * the guide, as it refuses any guide with an error.
     */
    static void build(GuideSource source, Path snapshot, PrintStream log) throws IOException {
        try {
            write(source, snapshot);
        } catch (InvalidInputException e) {
            log.println("qorgan: " + source.displayName("")
                    + " has errors, so it gets no start-up snapshot; qorgan validate tells why.");
            for (Problem problem : e.problems()) {
                log.println(problem);
            }
        }
    }

    /**
     * Writes the snapshot of the guide at {@code source} to {@code snapshot}.
     *
     * @throws InvalidInputException listing each error, if the guide cannot be read or has an error
     *     (no snapshot is then left, not even an old one)
     */
    static void write(GuideSource source, Path snapshot) throws IOException {
        // An old snapshot must never outlive the guide it was made from.
        Files.deleteIfExists(snapshot);
        Guide guide = new GuideLoader(Lang.EN).load(source);
        Path temp = snapshot.resolveSibling(snapshot.getFileName() + ".tmp");
        PlainFiles.write(temp, GuideSnapshot.write(guide));
        Files.move(temp, snapshot, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
