package kz.citizensec.qorgan.playbook;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The facts the guide declares in references.yaml, normalised as {@link TextFacts} finds them. */
final class Declared {

    private final Set<String> phones = new HashSet<>();
    private final Set<String> emails = new HashSet<>();
    private final Set<String> links = new HashSet<>();
    private final Set<String> hosts = new HashSet<>();
    private final Set<String> articles = new HashSet<>();

    Declared(Guide guide) {
        for (Reference reference : guide.references()) {
            if (reference.kind() == null || reference.value() == null) {
                continue;
            }
            String value = reference.value().strip();
            switch (reference.kind()) {
                case PHONE -> phones.add(TextFacts.phoneDigits(value));
                case EMAIL -> {
                    emails.add(value.toLowerCase(Locale.ROOT));
                    hosts.add(value.substring(value.indexOf('@') + 1).toLowerCase(Locale.ROOT));
                }
                case WEB -> TextFacts.linkOf(value).ifPresent(link -> {
                    links.add(link);
                    hosts.add(link.split("/", 2)[0]);
                });
                case LAW -> articles.add(value);
            }
        }
    }

    /**
     * Whether the fact is one of the references. A bare domain is declared by any reference on
     * that domain; a link with a path only by a reference with that very link.
     */
    boolean declares(TextFacts.Fact fact) {
        return switch (fact.kind()) {
            case PHONE -> phones.contains(fact.value());
            case EMAIL -> emails.contains(fact.value());
            case URL, DOMAIN -> links.contains(fact.value())
                    || !fact.value().contains("/") && hosts.contains(fact.value());
            case ARTICLE -> articles.contains(fact.value());
        };
    }
}
