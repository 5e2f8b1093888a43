package kz.citizensec.qorgan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every message exists in kk, ru and en, and every pattern is one MessageFormat can read. */
class MessageBundlesTest {

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"playbook", "check", "cli"})
    void everyLanguageHasEveryMessage(String stage) throws IOException {
        String base = "/kz/citizensec/qorgan/" + stage + "/Messages";
        Properties en = load(base + ".properties");
        for (String lang : new String[] {"_kk", "_ru"}) {
            Properties other = load(base + lang + ".properties");
            assertThat(other.stringPropertyNames()).as(stage + lang).isEqualTo(en.stringPropertyNames());
            for (String key : other.stringPropertyNames()) {
                new MessageFormat(other.getProperty(key));
            }
        }
        en.stringPropertyNames().forEach(key -> new MessageFormat(en.getProperty(key)));
    }
}
