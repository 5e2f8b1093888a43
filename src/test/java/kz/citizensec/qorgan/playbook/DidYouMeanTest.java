package kz.citizensec.qorgan.playbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final List<String> KEYS = List.of("id", "type", "text", "options", "urgency", "urgency_if");

    @Test
    void suggestsTheClosestNameForTyposAndSwaps() {
        assertThat(DidYouMean.closest("optoins", KEYS)).contains("options");
        assertThat(DidYouMean.closest("urgncy", KEYS)).contains("urgency");
        assertThat(DidYouMean.closest("Type", KEYS)).contains("type");
        assertThat(DidYouMean.closest("urgency-if", KEYS)).contains("urgency_if");
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertThat(DidYouMean.closest("colour", KEYS)).isEmpty();
        assertThat(DidYouMean.closest("xyz", KEYS)).isEmpty();
        assertThat(DidYouMean.closest("text", KEYS)).isEmpty();
    }

    @Test
    void countsEditsLikeOptimalStringAlignment() {
        assertThat(DidYouMean.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(DidYouMean.distance("ab", "ba")).isEqualTo(1);
        assertThat(DidYouMean.distance("", "abc")).isEqualTo(3);
    }
}
