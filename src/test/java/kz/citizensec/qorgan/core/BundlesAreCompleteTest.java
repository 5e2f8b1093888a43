package kz.citizensec.qorgan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every user-visible string exists in kk, ru and en: each bundle's keys match the English one. */
class BundlesAreCompleteTest {

    private static final Path RESOURCES = Path.of("src/main/resources/kz/citizensec/qorgan");

    static Stream<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            List<Path> bundles = files.filter(p -> p.getFileName().toString().equals("Messages.properties"))
                    .toList();
            assertThat(bundles).isNotEmpty();
            return bundles.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("englishBundles")
    void kazakhAndRussianHaveExactlyTheEnglishKeys(Path english) throws IOException {
        Properties base = load(english);
        for (String lang : List.of("kk", "ru")) {
            Path translated = english.resolveSibling("Messages_" + lang + ".properties");
            assertThat(translated).exists();
            Properties other = load(translated);
            assertThat(other.stringPropertyNames())
                    .as(translated.toString())
                    .containsExactlyInAnyOrderElementsOf(base.stringPropertyNames());
            for (String key : base.stringPropertyNames()) {
                assertThat(arguments(other.getProperty(key)))
                        .as(translated + ": " + key)
                        .isEqualTo(arguments(base.getProperty(key)));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("englishBundles")
    void everyPatternIsAValidMessageFormat(Path english) throws IOException {
        for (String lang : List.of("", "_kk", "_ru")) {
            Path file = english.resolveSibling("Messages" + lang + ".properties");
            Properties properties = load(file);
            for (String key : properties.stringPropertyNames()) {
                assertThat(new MessageFormat(properties.getProperty(key)).getFormats())
                        .as(file + ": " + key)
                        .isNotNull();
            }
        }
    }

    /** How many arguments a pattern takes: a translation must use the same ones. */
    private static int arguments(String pattern) {
        return new MessageFormat(pattern).getFormatsByArgumentIndex().length;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
