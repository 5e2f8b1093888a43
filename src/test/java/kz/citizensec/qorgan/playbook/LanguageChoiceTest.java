package kz.citizensec.qorgan.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;
import org.junit.jupiter.api.Test;

/** One rule for every command: the command line, else the answers file, else the system, else the guide's first. */
class LanguageChoiceTest {

    private static final Guide GUIDE = new GuideLoader(Lang.EN).load(GuideSource.bundled());
    private static final Optional<Lang> NONE = Optional.empty();
    private static final Lang GERMAN = Lang.of("de");

    @Test
    void theCommandLineFirstThenTheFileThenTheSystemThenTheGuidesFirst() {
        assertThat(LanguageChoice.of(GUIDE, Optional.of(Lang.RU), Optional.of(Lang.EN), Optional.of(Lang.KK)))
                .isEqualTo(Lang.RU);
        assertThat(LanguageChoice.of(GUIDE, NONE, Optional.of(Lang.EN), Optional.of(Lang.KK)))
                .isEqualTo(Lang.EN);
        assertThat(LanguageChoice.of(GUIDE, NONE, NONE, Optional.of(Lang.RU))).isEqualTo(Lang.RU);
        assertThat(LanguageChoice.of(GUIDE, NONE, NONE, NONE)).isEqualTo(GUIDE.firstLanguage());
    }

    @Test
    void aLanguageTheGuideLacksIsPassedOver() {
        assertThat(LanguageChoice.asked(GUIDE, NONE, Optional.of(GERMAN))).isEmpty();
        assertThat(LanguageChoice.of(GUIDE, NONE, Optional.of(GERMAN), Optional.of(GERMAN)))
                .isEqualTo(GUIDE.firstLanguage());
    }

    @Test
    void theGuideSaysWhetherItSpeaksWhatWasTyped() {
        assertThat(GUIDE.spoken("ru")).contains(Lang.RU);
        assertThat(GUIDE.spoken("de")).isEmpty();
        assertThat(GUIDE.spoken("RU")).as("not a tag").isEmpty();
        assertThat(GUIDE.speaks(Lang.KK)).isTrue();
        assertThat(GUIDE.speaks(GERMAN)).isFalse();
    }

    @Test
    void aCommaListInOrderWithoutBlanksOrRepeats() {
        assertThat(LanguageChoice.list(" kk, ,ru,kk,")).containsExactly("kk", "ru");
    }

    @Test
    void theSystemsLanguageWhenQorgansMessagesAreWrittenInIt() {
        assertThat(LanguageChoice.fromEnvironment(Map.of("LC_MESSAGES", "kk_KZ.UTF-8", "LANG", "ru_RU")))
                .contains(Lang.KK);
        assertThat(LanguageChoice.fromEnvironment(Map.of("LANG", "de_DE.UTF-8")))
                .isEmpty();
        assertThat(LanguageChoice.fromEnvironment(Map.of("LANG", "C"))).isEmpty();
        assertThat(LanguageChoice.forMessages(Optional.of("de,kk"), Map.of("LANG", "ru_RU")))
                .as("the first of --lang only")
                .isEqualTo(Lang.RU);
        assertThat(LanguageChoice.forMessages(Optional.empty(), Map.of())).isEqualTo(LanguageChoice.FALLBACK);
    }
}
