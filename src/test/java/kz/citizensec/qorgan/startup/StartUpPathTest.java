package kz.citizensec.qorgan.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.citizensec.qorgan.testing.Command;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule of the {@code startup} package, checked in a fresh JVM as a person runs qorgan: the
 * first question and a plan never call a record's generated {@code equals}, {@code hashCode} or
 * {@code toString}. Each is made on first use by {@code java.lang.runtime.ObjectMethods}, so that
 * class never being loaded says none was called, on any thread.
 */
class StartUpPathTest {

    private static final String OBJECT_METHODS = "java.lang.runtime.ObjectMethods ";

    @TempDir
    Path temp;

    @ParameterizedTest
    @CsvSource({
        "130, assess --lang en",
        "130, --lang kk",
        "0, plan --answers bench/sample-answers.yaml",
        "0, plan --answers bench/sample-answers.yaml --lang kk,en",
        "0, plan --answers bench/sample-answers.yaml --format json",
        "0, plan --answers bench/sample-answers.yaml --format html"
    })
    void noRecordEqualsHashCodeOrToStringOnTheWay(int code, String line) throws IOException, InterruptedException {
        Path loaded = temp.resolve("classes.log");
        List<String> argv = new ArrayList<>(List.of(
                Command.java(),
                "-Xlog:class+load:file=" + loaded,
                "-Dorg.jline.terminal.provider=dumb",
                "-cp",
                System.getProperty("java.class.path"),
                "kz.citizensec.qorgan.cli.Main"));
        argv.addAll(List.of(line.split(" ")));

        Command run = Command.run(argv, temp);

        assertThat(run.code()).as(run.err()).isEqualTo(code);
        assertThat(Files.readAllLines(loaded))
                .as("classes loaded by qorgan " + line)
                .isNotEmpty()
                .noneMatch(l -> l.contains(OBJECT_METHODS));
    }
}
