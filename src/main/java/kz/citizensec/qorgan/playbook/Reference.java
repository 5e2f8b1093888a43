package kz.citizensec.qorgan.playbook;

import java.util.Optional;

/**
 * A fact that must never be invented: a phone number, an e-mail, a web address or a law article.
 *
 * @param value the number, address, URL or article as written ("102", "https://pki.gov.kz", "190")
 * @param name who or what it is, in each language
 * @param note when to use it, opening hours, cost
 * @param source where it was seen (publication and date), as FACTS.md records it
 */
public record Reference(
        String id,
        ReferenceKind kind,
        String value,
        LocalizedText name,
        LocalizedText note,
        String source,
        SourceStatus status) {

    public Optional<LocalizedText> noteText() {
        return Optional.ofNullable(note);
    }
}
