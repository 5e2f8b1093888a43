package kz.citizensec.qorgan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The commands people run most, rehearsed with nothing shown and nothing kept. The launcher runs
 * this once per build and JDK, in the background, with {@code -XX:ArchiveClassesAtExit}: the
 * classes these commands load go into an AppCDS archive, so that later runs start from classes
 * already parsed and verified, whichever command the user happened to run first.
 *
 * <p>Its only argument is a folder it may write in (the archive's, under target/): the answers file
 * that {@code plan} needs is written there and removed.
 */
public final class Rehearsal {

    private Rehearsal() {}

    public static void main(String[] args) throws IOException {
        Path answers = Files.createTempFile(Path.of(args[0]), "rehearsal", ".yaml");
        try {
            try (InputStream sample = Rehearsal.class.getResourceAsStream("rehearsal-answers.yaml")) {
                Files.write(answers, sample.readAllBytes());
            }
            String file = answers.toString();
            // The first question, asked of a script that has no answer for it.
            run("assess", "--lang", "en");
            run("plan", "--answers", file);
            run("plan", "--answers", file, "--lang", "kk,en", "--format", "html");
            run("plan", "--answers", file, "--format", "json");
            run("--help");
        } finally {
            Files.deleteIfExists(answers);
        }
    }

    private static void run(String... args) {
        new WarmUp(args, System.getenv()).run();
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        new Main(new Environment(nowhere, nowhere, InputStream.nullInputStream(), System.getenv(),
                new SystemClock(), false)).run(args);
    }
}
