package kz.citizensec.qorgan.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.PlainFiles;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;

/**
 * Run by the build (Maven's process-classes phase, see pom.xml) with the classes folder as its
 * argument: writes the snapshot of the bundled guide beside the guide's copied files. The guide is
 * loaded as every command loads one, read and validated: a guide with an error fails the build,
 * with every error at file:line:column, since the commands take the snapshot as a guide already
 * checked.
 */
public final class GuideSnapshotWriter {

    private GuideSnapshotWriter() {}

    public static void main(String[] args) throws IOException {
        write(
                GuideSource.bundled(),
                Path.of(args[0])
                        .resolve(GuideSnapshot.resource(GuideSource.DEFAULT_GUIDE)
                                .substring(1)));
    }

    /**
     * Writes the snapshot of the guide at {@code source} to {@code snapshot}.
     *
     * @throws IllegalStateException naming each error, if the guide cannot be loaded or has an error
     *     (no snapshot is then left)
     */
    static void write(GuideSource source, Path snapshot) throws IOException {
        // An old snapshot must never outlive the guide it was made from.
        Files.deleteIfExists(snapshot);
        Guide guide;
        try {
            guide = new GuideLoader("en").load(source);
        } catch (InvalidInputException e) {
            StringBuilder message = new StringBuilder(source.displayName(""))
                    .append(" has errors, so qorgan is not built with it (qorgan validate lists them too):");
            for (Problem problem : e.problems()) {
                message.append('\n').append(problem);
            }
            throw new IllegalStateException(message.toString(), e);
        }
        Path temp = snapshot.resolveSibling(snapshot.getFileName() + ".tmp");
        PlainFiles.write(temp, GuideSnapshot.write(guide));
        Files.move(temp, snapshot, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
