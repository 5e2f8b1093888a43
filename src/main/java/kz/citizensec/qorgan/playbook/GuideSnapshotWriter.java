package kz.citizensec.qorgan.playbook;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.PlainFiles;

/**
 * Run by the build (Maven's process-classes phase, see pom.xml) with the classes folder as its
 * argument: writes the snapshot of the bundled guide beside the guide's copied files. A guide that
 * cannot be loaded or has an error gets no snapshot, and the build goes on, so that its editor can
 * still build qorgan and run {@code qorgan validate} on it to see what is wrong (every command
 * then refuses it, as it refuses any guide with an error).
 */
public final class GuideSnapshotWriter {

    private GuideSnapshotWriter() {}

    public static void main(String[] args) throws IOException {
        String guideId = GuideSource.DEFAULT_GUIDE;
        write(
                GuideSource.bundled(),
                Path.of(args[0]).resolve(GuideSnapshot.resource(guideId).substring(1)),
                System.err);
    }

    /** Writes the snapshot of the guide at {@code source} to {@code snapshot}, or removes it if the guide has errors. */
    static void write(GuideSource source, Path snapshot, PrintStream log) throws IOException {
        // An old snapshot must never outlive the guide it was made from.
        Files.deleteIfExists(snapshot);
        GuideLoader.Checked checked = new GuideLoader(Lang.EN).check(source);
        if (checked.guide().isEmpty() || checked.hasErrors()) {
            log.println("qorgan: " + source.displayName("")
                    + " has errors, so it gets no start-up snapshot; qorgan validate tells why.");
            return;
        }
        Guide guide = checked.guide().get();
        Path temp = snapshot.resolveSibling(snapshot.getFileName() + ".tmp");
        PlainFiles.write(temp, GuideSnapshot.write(guide));
        Files.move(temp, snapshot, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
