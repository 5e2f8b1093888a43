package kz.citizensec.qorgan.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.citizensec.qorgan.app.Environment;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.PlainFiles;
import kz.citizensec.qorgan.startup.SystemClock;
import kz.citizensec.qorgan.startup.WarmUp;

/**
 * The commands people run most, rehearsed with nothing shown and nothing kept. The launcher runs
 * this in the background once per build and JDK, with {@code -XX:ArchiveClassesAtExit}, once for
 * each of three AppCDS archives: {@code interview} (the interview, help and version),
 * {@code documents} (plan as Markdown or JSON) and {@code tools} (plan as HTML, validate). The
 * classes these commands load go into the archive, so that later runs start from classes already
 * parsed and verified, whichever command the user happened to run first; smaller archives map
 * faster than one with everything (bench/README.md says by how much).
 *
 * <p>Arguments: the archive's kind, and a folder it may write in (the archive's, under target/):
 * the answers file that {@code plan} needs is written there and removed.
 */
public final class Rehearsal {

    private Rehearsal() {}

    public static void main(String[] args) throws IOException {
        if (args[0].equals("interview")) {
            // The first question, asked of a script that has no answer for it.
            run(ExitStatus.INTERRUPTED, "assess", "--lang", "en");
            run(ExitStatus.INTERRUPTED, "--lang", "kk");
            run(ExitStatus.OK, "--help");
            run(ExitStatus.OK, "--version");
            return;
        }
        Path answers =
                File.createTempFile("rehearsal", ".yaml", new File(args[1])).toPath();
        try {
            try (InputStream sample = Rehearsal.class.getResourceAsStream("rehearsal-answers.yaml")) {
                PlainFiles.write(answers, sample.readAllBytes());
            }
            String file = answers.toString();
            if (args[0].equals("documents")) {
                run(ExitStatus.OK, "plan", "--answers", file);
                run(ExitStatus.OK, "plan", "--answers", file, "--lang", "kk,en");
                run(ExitStatus.OK, "plan", "--answers", file, "--format", "json");
            } else {
                run(ExitStatus.OK, "plan", "--answers", file, "--lang", "kk,en", "--format", "html");
                run(ExitStatus.OK, "validate");
            }
        } finally {
            Files.deleteIfExists(answers);
        }
    }

    /**
     * Runs one command line as a person would, with nothing shown; a run that does not end as it
     * should fails the rehearsal (no archive is kept, and the launcher's marker says so).
     */
    private static void run(ExitStatus expected, String... args) {
        new WarmUp(EarlyArguments.ahead(args, System.getenv())).run();
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        int code = new Main(new Environment(
                        nowhere, nowhere, InputStream.nullInputStream(), System.getenv(), new SystemClock()))
                .run(args);
        if (code != expected.code()) {
            throw new IllegalStateException("rehearsal: qorgan " + String.join(" ", args) + " exited " + code
                    + ", expected " + expected.code());
        }
    }
}
