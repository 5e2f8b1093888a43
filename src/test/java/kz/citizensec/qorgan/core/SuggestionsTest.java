package kz.citizensec.qorgan.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> IDS = List.of("disclosed", "in_contact", "incident_date", "loans");

    @Test
    void suggestsTheClosestKnownName() {
        assertThat(Suggestions.closest("discloesd", IDS)).contains("disclosed");
        assertThat(Suggestions.closest("Loans", IDS)).contains("loans");
        assertThat(Suggestions.closest("incidnet_date", IDS)).contains("incident_date");
    }

    @Test
    void suggestsGuideKeysForTyposSwapsAndCase() {
        List<String> keys = List.of("id", "type", "text", "options", "urgency", "urgency_if");
        assertThat(Suggestions.closest("optoins", keys)).contains("options");
        assertThat(Suggestions.closest("urgncy", keys)).contains("urgency");
        assertThat(Suggestions.closest("Type", keys)).contains("type");
        assertThat(Suggestions.closest("urgency-if", keys)).contains("urgency_if");
        assertThat(Suggestions.closest("colour", keys)).isEmpty();
        assertThat(Suggestions.closest("text", keys)).isEmpty();
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertThat(Suggestions.closest("weather", IDS)).isEmpty();
        assertThat(Suggestions.closest("x", IDS)).isEmpty();
    }

    @Test
    void countsATranspositionAsOneEdit() {
        assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }
}
