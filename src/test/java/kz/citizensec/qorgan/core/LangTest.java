package kz.citizensec.qorgan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LangTest {

    @Test
    void aTagOfTwoOrThreeSmallLettersIsALanguage() {
        assertThat(Lang.of("kk")).isSameAs(Lang.KK);
        assertThat(Lang.of("de").tag()).isEqualTo("de");
        assertThat(Lang.of("tat")).hasToString("tat");
        assertThat(Lang.of("de")).isEqualTo(Lang.of("de")).hasSameHashCodeAs(Lang.of("de"));
        assertThat(Lang.of("de")).isNotEqualTo(Lang.EN);
    }

    @Test
    void anythingElseIsNot() {
        for (String tag : new String[] {"", "k", "KK", "kk_KZ", "ru-RU", "engl", "k1", " en"}) {
            assertThat(Lang.parse(tag)).as(tag).isEmpty();
        }
        assertThat(Lang.parse(null)).isEmpty();
        assertThatThrownBy(() -> Lang.of("Kk")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void qorgansOwnAreKazakhRussianAndEnglish() {
        assertThat(Lang.OWN).containsExactly(Lang.KK, Lang.RU, Lang.EN);
        assertThat(Lang.of("ru").isOwn()).isTrue();
        assertThat(Lang.of("de").isOwn()).isFalse();
    }
}
