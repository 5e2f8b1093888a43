package kz.citizensec.qorgan.playbook;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The references: each well formed, each contact of a step declared and confirmed, every web
 * address and e-mail inside the allowlist, every official domain used by some reference, and (as
 * warnings) those without a source or not confirmed.
 */
final class ReferenceRules {

    private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()-]*\\d|\\d");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern ARTICLE = Pattern.compile("\\d+(-\\d+)*");

    private final Guide guide;
    private final Findings findings;
    private final Allowlist allowlist;

    ReferenceRules(Guide guide, Findings findings, Allowlist allowlist) {
        this.guide = guide;
        this.findings = findings;
        this.allowlist = allowlist;
    }

    void check(StructureRules structure) {
        String file = GuideFiles.REFERENCES;
        StructureRules.Unique ids = structure.new Unique(file);
        for (int i = 0; i < guide.references().size(); i++) {
            Reference reference = guide.references().get(i);
            String at = "/references/" + i;
            structure.id(file, at, reference.id(), ids);
            if (reference.kind() == null) {
                findings.error(file, at + "/kind", "key.missing", "kind");
            }
            if (reference.name() == null) {
                findings.error(file, at + "/name", "key.missing", "name");
            }
            if (reference.value() == null || reference.value().isBlank()) {
                findings.error(file, at + "/value", "key.missing", "value");
            } else if (reference.kind() != null) {
                value(reference, at + "/value");
            }
            sourced(reference, at);
        }
        contacts();
        domainsUsed();
    }

    /**
     * A phone number, e-mail or web address that no public source confirms: FACTS.md keeps it out
     * of every visitor's documents. (An unconfirmed law article stays a warning.)
     */
    static boolean unconfirmedContact(Reference reference) {
        return reference.status() == SourceStatus.UNCONFIRMED
                && reference.kind() != null
                && reference.kind() != ReferenceKind.LAW;
    }

    /** An official domain that no reference is on is likely left over: say so. */
    private void domainsUsed() {
        List<String> hosts = guide.references().stream()
                .filter(r -> r.kind() == ReferenceKind.WEB || r.kind() == ReferenceKind.EMAIL)
                .filter(r -> r.value() != null)
                .map(ReferenceRules::host)
                .flatMap(java.util.Optional::stream)
                .toList();
        for (int i = 0; i < guide.allowedDomains().size(); i++) {
            String domain = guide.allowedDomains().get(i).toLowerCase(java.util.Locale.ROOT);
            if (hosts.stream().noneMatch(h -> h.equals(domain) || h.endsWith("." + domain))) {
                findings.warning(GuideFiles.GUIDE, "/allowed_domains/" + i, "domain.unused", domain);
            }
        }
    }

    private static java.util.Optional<String> host(Reference reference) {
        String value = reference.value().strip();
        if (reference.kind() == ReferenceKind.EMAIL) {
            return java.util.Optional.of(value.substring(value.indexOf('@') + 1).toLowerCase(java.util.Locale.ROOT));
        }
        return TextFacts.linkOf(value).map(link -> link.split("/", 2)[0]);
    }

    private void value(Reference reference, String at) {
        String file = GuideFiles.REFERENCES;
        String value = reference.value().strip();
        switch (reference.kind()) {
            case PHONE -> {
                if (!PHONE.matcher(value).matches()) {
                    findings.error(file, at, "reference.phone", value);
                }
            }
            case EMAIL -> {
                if (!EMAIL.matcher(value).matches()) {
                    findings.error(file, at, "reference.email", value);
                } else {
                    allowlist.check(file, at, value, value.substring(value.indexOf('@') + 1));
                }
            }
            case WEB ->
                TextFacts.linkOf(value)
                        .ifPresentOrElse(
                                link -> allowlist.check(file, at, value, link.split("/", 2)[0]),
                                () -> findings.error(file, at, "reference.web", value));
            case LAW -> {
                if (!ARTICLE.matcher(value).matches()) {
                    findings.error(file, at, "reference.law", value);
                }
            }
        }
    }

    /** FACTS.md: validate lists every fact without a source or not confirmed. */
    private void sourced(Reference reference, String at) {
        String file = GuideFiles.REFERENCES;
        String what = reference.value() == null ? String.valueOf(reference.id()) : reference.value();
        if (reference.source() == null || reference.source().isBlank()) {
            findings.warning(file, at + "/source", "fact.noSource", what);
        }
        if (reference.status() == null) {
            findings.warning(file, at + "/status", "fact.noStatus", what);
        } else if (reference.status() == SourceStatus.UNCONFIRMED) {
            findings.warning(file, at + "/status", "fact.unconfirmed", what, String.valueOf(reference.source()));
        }
    }

    private void contacts() {
        List<String> known = guide.references().stream()
                .map(Reference::id)
                .filter(StructureRules::isId)
                .toList();
        for (int i = 0; i < guide.steps().size(); i++) {
            List<String> contacts = guide.steps().get(i).contacts();
            for (int j = 0; j < contacts.size(); j++) {
                String at = "/steps/" + i + "/contacts/" + j;
                if (!known.contains(contacts.get(j))) {
                    findings.errorGuess(GuideFiles.STEPS, at, "contact.unknown", contacts.get(j), known);
                } else {
                    guide.reference(contacts.get(j))
                            .filter(ReferenceRules::unconfirmedContact)
                            .ifPresent(r -> findings.error(
                                    GuideFiles.STEPS,
                                    at,
                                    "contact.unconfirmed",
                                    r.id(),
                                    String.valueOf(r.value()),
                                    String.valueOf(r.source())));
                }
            }
        }
    }
}
