package kz.citizensec.qorgan.render;

import static kz.citizensec.qorgan.testing.TestClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import kz.citizensec.qorgan.answers.AnswersDocument;
import kz.citizensec.qorgan.answers.AnswersFile;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.FollowUp;
import kz.citizensec.qorgan.playbook.FollowUpLoader;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.testing.TestAnswers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden documents: each answers file {@code golden/<scenario>.yaml} is rendered in every
 * language of the guide (plan and report in that language, today fixed) and compared with
 * {@code golden/<scenario>.<lang>.md}. They are reviewed by reading them. To regenerate after a
 * deliberate change: {@code mvn test -Dtest=GoldenDocumentsTest -Dgolden.update=true}, then read
 * the diff.
 */
class GoldenDocumentsTest {

    private static final Path DIR = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    private final Guide guide = TestAnswers.guide();
    private final Documents documents = Documents.of(guide);
    /** The bundled guide's events: a scenario may be a case file, with progress. */
    private final FollowUp followUp = new FollowUpLoader(Lang.EN).load(GuideSource.bundled(), guide);

    @TestFactory
    Stream<DynamicTest> everyScenarioInEveryLanguageMatchesItsGoldenDocument() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path answers : scenarios()) {
            String scenario = scenarioOf(answers);
            for (String lang : guide.languages()) {
                Path expected = DIR.resolve(scenario + "." + lang + ".md");
                tests.add(DynamicTest.dynamicTest(scenario + "." + lang, () -> check(answers, lang, expected)));
            }
        }
        return tests.stream();
    }

    @Test
    void thereAreAtLeastEightScenarios() throws IOException {
        assertThat(scenarios()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void everyGoldenDocumentHasItsAnswersFile() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (Path answers : scenarios()) {
            guide.languages().forEach(lang -> expected.add(scenarioOf(answers) + "." + lang + ".md"));
        }
        try (Stream<Path> files = Files.list(DIR)) {
            Set<String> present = new TreeSet<>(files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".md"))
                    .toList());
            assertThat(present)
                    .as("golden documents without an answers file or a language")
                    .isSubsetOf(expected);
        }
    }

    private void check(Path answers, String lang, Path expected) throws IOException {
        AnswersFile file = new AnswersFile(guide, Lang.EN, TODAY, () -> followUp);
        AnswersDocument document = file.read(answers);
        file.requireComplete(document, answers.toString());
        String actual = documents
                .render(
                        document.answers(),
                        List.of(Lang.of(lang)),
                        Lang.of(lang),
                        TODAY,
                        new CaseFile(document.progress(), followUp))
                .combined();
        if (UPDATE) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(expected)
                .as("golden file; run with -Dgolden.update=true to create it")
                .exists();
        assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }

    private static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }

    private static String scenarioOf(Path answers) {
        String name = answers.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }
}
