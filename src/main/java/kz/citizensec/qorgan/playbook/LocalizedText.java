package kz.citizensec.qorgan.playbook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;

/** A text of the guide in each of its languages, keyed by language code (kk, ru, en, ...). */
public record LocalizedText(Map<String, String> byLanguage) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public LocalizedText {
        byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    }

    public static LocalizedText of(Lang lang, String text) {
        return new LocalizedText(Map.of(lang.tag(), text));
    }

    @JsonValue
    public Map<String, String> byLanguage() {
        return byLanguage;
    }

    public Optional<String> find(Lang lang) {
        return find(lang.tag());
    }

    /** The text under a language key as the guide writes it, which its validator checks before it is a {@link Lang}. */
    public Optional<String> find(String tag) {
        return Optional.ofNullable(byLanguage.get(tag)).filter(s -> !s.isBlank());
    }

    /**
     * The text in {@code lang}. A loaded guide has been validated to hold every language, so the
     * fallback to the first language only serves guides that a validator warned about.
     */
    public String in(Lang lang) {
        return find(lang)
                .orElseGet(() -> byLanguage.values().stream().findFirst().orElse(""));
    }
}
