package kz.citizensec.qorgan.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.DocumentFormat;
import kz.citizensec.qorgan.playbook.DocumentId;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** A plain-text draft inside a Markdown document, and its mailto link. */
class DraftTest {

    @Test
    void inMarkdownADraftIsOneCodeBlockHoldingItsTextWhateverItsBackticks() {
        String text = "To: x@citizensec.kz\n```\n````\n# not a heading\n[link](https://evil.example)\n";
        Rendered.Draft draft = new Rendered.Draft(
                new DocumentId("share"), Lang.RU, text, Optional.empty(), List.of(DocumentFormat.TXT));
        Node document = Parser.builder().build().parse(draft.markdown() + "\nafter\n");
        assertThat(document.getFirstChild()).isInstanceOf(FencedCodeBlock.class);
        assertThat(((FencedCodeBlock) document.getFirstChild()).getLiteral()).isEqualTo(text);
        assertThat(draft.markdown()).startsWith("`````\n");
    }

    @Test
    void aMailtoLinkEncodesEveryByteButTheUnreservedOnesAndBreaksLinesAsCrlf() {
        EmailDraft email = EmailDraft.of("info@citizensec.kz", "Тема & ?\n\nline 1\nа+b=c#d\n\n\n");
        assertThat(email.subject()).isEqualTo("Тема & ?");
        assertThat(email.body()).isEqualTo("line 1\nа+b=c#d\n");
        assertThat(email.mailto())
                .isEqualTo("mailto:info@citizensec.kz?subject=%D0%A2%D0%B5%D0%BC%D0%B0%20%26%20%3F"
                        + "&body=line%201%0D%0A%D0%B0%2Bb%3Dc%23d%0D%0A");
    }
}
