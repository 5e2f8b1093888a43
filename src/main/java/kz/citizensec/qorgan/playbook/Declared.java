package kz.citizensec.qorgan.playbook;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The facts the guide declares in references.yaml, normalised as {@link TextFacts} finds them. */
final class Declared {

    private final Map<String, Reference> phones = new HashMap<>();
    private final Map<String, Reference> emails = new HashMap<>();
    private final Map<String, Reference> links = new HashMap<>();
    private final Map<String, Reference> hosts = new HashMap<>();
    private final Map<String, Reference> articles = new HashMap<>();

    Declared(Guide guide) {
        for (Reference reference : guide.references()) {
            if (reference.kind() == null || reference.value() == null) {
                continue;
            }
            String value = reference.value().strip();
            switch (reference.kind()) {
                case PHONE -> phones.putIfAbsent(TextFacts.phoneDigits(value), reference);
                case EMAIL -> {
                    emails.putIfAbsent(value.toLowerCase(Locale.ROOT), reference);
                    hosts.putIfAbsent(value.substring(value.indexOf('@') + 1).toLowerCase(Locale.ROOT), reference);
                }
                case WEB ->
                    TextFacts.linkOf(value).ifPresent(link -> {
                        links.putIfAbsent(link, reference);
                        hosts.putIfAbsent(link.split("/", 2)[0], reference);
                    });
                case LAW -> articles.putIfAbsent(value, reference);
            }
        }
    }

    /** Whether the fact is one of the references. */
    boolean declares(TextFacts.Fact fact) {
        return reference(fact).isPresent();
    }

    /**
     * The reference that declares the fact. A bare domain is declared by any reference on that
     * domain; a link with a path only by a reference with that very link.
     */
    Optional<Reference> reference(TextFacts.Fact fact) {
        return Optional.ofNullable(
                switch (fact.kind()) {
                    case PHONE -> phones.get(fact.value());
                    case EMAIL -> emails.get(fact.value());
                    case URL, DOMAIN ->
                        links.containsKey(fact.value())
                                ? links.get(fact.value())
                                : fact.value().contains("/") ? null : hosts.get(fact.value());
                    case ARTICLE -> articles.get(fact.value());
                });
    }

    /**
     * The reference a link or e-mail stands for: the one that declares it, else one on its host
     * (a page of an unconfirmed site is as unconfirmed as the site).
     */
    Optional<Reference> referenceOrHost(TextFacts.Fact fact) {
        return reference(fact)
                .or(() -> fact.host().isEmpty() ? Optional.empty() : Optional.ofNullable(hosts.get(fact.host())));
    }
}
