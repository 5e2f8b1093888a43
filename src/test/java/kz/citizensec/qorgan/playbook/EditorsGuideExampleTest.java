package kz.citizensec.qorgan.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.citizensec.qorgan.testing.GuideFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The complete example of guides/README.md is the tested fixture, word for word. */
class EditorsGuideExampleTest {

    @ParameterizedTest
    @ValueSource(strings = {"guide.yaml", "questions.yaml", "steps.yaml", "references.yaml", "documents.yaml"})
    void theReadmeShowsTheFixtureAsItIs(String file) throws IOException {
        String readme = Files.readString(Path.of("guides", "README.md"));
        Matcher block = Pattern.compile(
                        "^`" + Pattern.quote(file) + "`:\n\n```yaml\n(.*?)```", Pattern.DOTALL | Pattern.MULTILINE)
                .matcher(readme);

        assertThat(block.find()).as("README has the example's %s", file).isTrue();
        List<String> fixture = Files.readAllLines(GuideFixture.MINIMAL.resolve(file));
        assertThat(block.group(1))
                .isEqualTo(
                        fixture.stream().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n", "", "\n")));
    }
}
