package kz.citizensec.qorgan.playbook;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.citizensec.qorgan.core.Problem.Severity;

/**
 * Every link in the guide's texts, templates and web references as a browser or a Markdown viewer
 * would read it: HTML entities and Markdown backslash escapes decoded first ({@code https&#58;//}
 * is a link), then parsed by {@link URI}. A link is {@code https} (or {@code mailto}), has no
 * user-info ({@code https://egov.kz@evil.example.com/} goes to evil.example.com), no port, and a
 * host on the allowlist. A link without a scheme ({@code //evil.example.com/}) and any other
 * scheme ({@code javascript:}, {@code http:}, {@code data:}) are refused.
 *
 * <p>Hand-written entity decoding, because the renderer's own (commonmark's) is internal: the
 * numeric forms and the named ones that spell a link's punctuation, which is what a disguised
 * link needs.
 */
final class LinkRules {

    /** What may be a link: a run of characters that Markdown and HTML do not end a link at. */
    private static final Pattern CANDIDATE = Pattern.compile("[^\\s<>()\\[\\]\"'`«»]+");

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):(?=\\S)");
    private static final Set<String> SCHEMES = Set.of(
            "http",
            "https",
            "ftp",
            "file",
            "javascript",
            "vbscript",
            "data",
            "blob",
            "mailto",
            "tel",
            "sms",
            "intent",
            "about");
    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("colon", ":"),
            Map.entry("sol", "/"),
            Map.entry("period", "."),
            Map.entry("commat", "@"),
            Map.entry("amp", "&"),
            Map.entry("num", "#"),
            Map.entry("quest", "?"),
            Map.entry("equals", "="),
            Map.entry("percnt", "%"),
            Map.entry("bsol", "\\"),
            Map.entry("lowbar", "_"),
            Map.entry("hyphen", "-"),
            Map.entry("dash", "-"),
            Map.entry("nbsp", " "));
    private static final Pattern BACKSLASH_ESCAPE = Pattern.compile("\\\\(\\p{Punct})");
    /** A sentence's punctuation after a link is not part of it. */
    private static final Pattern TRAILING = Pattern.compile("[.,;:!?]+$");

    /** What is wrong with a link: the message key and what it names. */
    record Flaw(String key, String detail) {}

    private final Guide guide;
    private final Findings findings;
    private final Allowlist allowlist;

    LinkRules(Guide guide, Findings findings, Allowlist allowlist) {
        this.guide = guide;
        this.findings = findings;
        this.allowlist = allowlist;
    }

    void check() {
        GuideTexts.visit(
                guide,
                (file, pointer, text, role) -> text.byLanguage().forEach((lang, value) -> {
                    if (value != null) {
                        for (Matcher m = CANDIDATE.matcher(value); m.find(); ) {
                            String raw = trimmed(m.group());
                            judge(raw)
                                    .ifPresent(flaw -> findings.inText(
                                            Severity.ERROR,
                                            file,
                                            pointer + "/" + lang,
                                            raw,
                                            flaw.key(),
                                            raw,
                                            flaw.detail()));
                        }
                    }
                }));
        for (Templates.Template template : guide.templates().byKey().values()) {
            String text = TextRules.blankOutTags(template.source());
            for (Matcher m = CANDIDATE.matcher(text); m.find(); ) {
                String raw = trimmed(m.group());
                judge(raw).ifPresent(flaw -> {
                    TextRules.Position at = TextRules.position(text, m.start());
                    findings.atPosition(
                            Severity.ERROR, template.file(), at.line(), at.column(), flaw.key(), raw, flaw.detail());
                });
            }
        }
        for (int i = 0; i < guide.references().size(); i++) {
            Reference reference = guide.references().get(i);
            if (reference.kind() == ReferenceKind.WEB && reference.value() != null) {
                String raw = reference.value().strip();
                String at = "/references/" + i + "/value";
                judge(raw).ifPresent(flaw -> findings.error(GuideFiles.REFERENCES, at, flaw.key(), raw, flaw.detail()));
            }
        }
    }

    private static String trimmed(String candidate) {
        return TRAILING.matcher(candidate).replaceAll("");
    }

    /** Why the candidate is a link that must not be, if it is a link at all. */
    Optional<Flaw> judge(String raw) {
        String decoded = decode(raw);
        Matcher scheme = SCHEME.matcher(decoded);
        boolean hasScheme = scheme.find() && SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
        if (!hasScheme && !decoded.contains("://") && !decoded.startsWith("//")) {
            return Optional.empty();
        }
        URI uri;
        try {
            // URI.create, not new URI: its checked exception lives in java.net, which NoNetworkTest keeps out.
            uri = URI.create(decoded);
        } catch (IllegalArgumentException e) {
            return Optional.of(new Flaw("link.malformed", decoded));
        }
        String name = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (name.equals("mailto")) {
            String address = uri.getSchemeSpecificPart();
            String domain = address.substring(address.indexOf('@') + 1).split("[?#]", 2)[0];
            return allowlist.allows(domain)
                    ? Optional.empty()
                    : Optional.of(new Flaw(Allowlist.message(domain), String.join(", ", guide.allowedDomains())));
        }
        if (!name.equals("https")) {
            return Optional.of(new Flaw(name.isEmpty() ? "link.noScheme" : "link.scheme", name));
        }
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        if (authority.contains("@")) {
            return Optional.of(new Flaw("link.userInfo", authority.substring(authority.lastIndexOf('@') + 1)));
        }
        // A host with non-Latin letters is no "server" to URI: its authority is the host then.
        String host = uri.getHost() != null ? uri.getHost() : authority;
        if (uri.getPort() != -1 || (uri.getHost() == null && authority.contains(":"))) {
            return Optional.of(new Flaw("link.port", authority));
        }
        if (host.isEmpty()) {
            return Optional.of(new Flaw("link.malformed", decoded));
        }
        // A plain link's host is checked with the other facts of the text (TextRules); a disguised one here.
        if (!decoded.equals(raw) && !allowlist.allows(host)) {
            return Optional.of(new Flaw(Allowlist.message(host), String.join(", ", guide.allowedDomains())));
        }
        return Optional.empty();
    }

    /** Entities and backslash escapes decoded, again while that changes something (&amp;#58;). */
    static String decode(String text) {
        String decoded = text;
        for (int pass = 0; pass < 4; pass++) {
            String next =
                    BACKSLASH_ESCAPE.matcher(entities(decoded)).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            if (next.equals(decoded)) {
                break;
            }
            decoded = next;
        }
        return decoded;
    }

    private static String entities(String text) {
        return ENTITY.matcher(text).replaceAll(m -> {
            int code = -1;
            if (m.group(1) != null) {
                code = Integer.parseInt(m.group(1));
            } else if (m.group(2) != null) {
                code = Integer.parseInt(m.group(2), 16);
            }
            if (code >= 0) {
                return Character.isValidCodePoint(code) ? Matcher.quoteReplacement(Character.toString(code)) : "\uFFFD";
            }
            return Matcher.quoteReplacement(NAMED.getOrDefault(m.group(3).toLowerCase(Locale.ROOT), m.group()));
        });
    }
}
