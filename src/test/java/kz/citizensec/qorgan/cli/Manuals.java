package kz.citizensec.qorgan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import kz.citizensec.qorgan.app.Environment;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * The bash and zsh completion script and the man pages (AsciiDoc with doctype manpage, which
 * asciidoctor turns into troff), made by picocli's own tools from the commands' model with the
 * English help: they say what {@code qorgan --help} says. Run by the build's dist profile
 * (pom.xml) with a folder as argument; it lives among the tests because picocli-codegen is needed
 * only to build, never to run qorgan.
 */
public final class Manuals {

    private Manuals() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir.resolve("man"));
        Files.writeString(dir.resolve("qorgan_completion"), completion(), StandardCharsets.UTF_8);
        int code = ManPageGenerator.generateManPage(
                dir.resolve("man").toFile(),
                null,
                new boolean[0],
                false,
                commandLine().getCommandSpec());
        if (code != 0) {
            throw new IOException("picocli's man-page generator exited " + code);
        }
    }

    /** The script that {@code source qorgan_completion} reads, in bash or zsh. */
    static String completion() {
        return AutoComplete.bash("qorgan", commandLine());
    }

    static CommandLine commandLine() {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        Environment environment =
                new Environment(nowhere, nowhere, InputStream.nullInputStream(), Map.of(), Clock.systemUTC());
        CommandLine commandLine = new CommandLine(new QorganCommand(environment).spec());
        commandLine.setResourceBundle(Messages.of(Main.BUNDLE, Lang.EN).bundle());
        return commandLine;
    }
}
