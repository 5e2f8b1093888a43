package kz.citizensec.qorgan.playbook;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;

/**
 * The guide's document templates as source text, keyed by {@code document.lang}, e.g.
 * {@code plan.kk} or {@code report.ru}; each remembers the file it came from for messages.
 */
public record Templates(Map<String, Template> byKey) {

    public Templates {
        // In the guide's order (documents, then languages), which the snapshot keeps: Map.copyOf's
        // order depends on insertion order where keys collide, so a snapshot would read back reordered.
        byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
    }

    public Optional<Template> find(DocumentId document, Lang lang) {
        return find(document, lang.tag());
    }

    /** The template of a language as the guide lists it, which its validator checks before it is a {@link Lang}. */
    public Optional<Template> find(DocumentId document, String tag) {
        return Optional.ofNullable(byKey.get(document + "." + tag));
    }

    /** @param file the name to show in messages, e.g. guides/default/templates/plan.kk.md.mustache */
    public record Template(String document, String lang, String file, String source) {

        /** Its language; English for a tag a broken guide got wrong, which the validator reports itself. */
        public Lang language() {
            return Lang.parse(lang).orElse(Lang.EN);
        }
    }
}
