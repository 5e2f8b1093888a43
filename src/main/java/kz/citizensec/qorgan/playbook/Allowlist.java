package kz.citizensec.qorgan.playbook;

import java.util.List;
import java.util.Locale;
import kz.citizensec.qorgan.core.Problem;

/** The guide's official domains: a link or e-mail may point to one of them or a subdomain. */
final class Allowlist {

    private final List<String> domains;
    private final Findings findings;

    Allowlist(Guide guide, Findings findings) {
        this.domains = guide.allowedDomains().stream()
                .map(d -> d.toLowerCase(Locale.ROOT))
                .toList();
        this.findings = findings;
    }

    boolean allows(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return domains.stream().anyMatch(d -> lower.equals(d) || lower.endsWith("." + d));
    }

    /** Reports {@code written} (a link or e-mail) if its host is not allowed. */
    void check(String file, String pointer, String written, String host) {
        if (!allows(host)) {
            findings.error(file, pointer, message(host), written, String.join(", ", domains));
        }
    }

    /** Same as {@link #check} for a link inside a text. */
    void checkInText(String file, String pointer, String written, String host) {
        if (!allows(host)) {
            findings.inText(
                    Problem.Severity.ERROR, file, pointer, written, message(host), written, String.join(", ", domains));
        }
    }

    /** A Cyrillic "р" in "рki.gov.kz" looks official and is not: say so. */
    static String message(String host) {
        return host.chars().anyMatch(c -> c > 127) ? "domain.notAllowedNonLatin" : "domain.notAllowed";
    }
}
