package kz.citizensec.qorgan.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Markdown to HTML: what a guide's Markdown may hold, and what it may not make. */
class MarkdownToHtmlTest {

    private final MarkdownToHtml converter = new MarkdownToHtml();

    private Document html(String markdown) {
        return Jsoup.parseBodyFragment(converter.toHtml(markdown));
    }

    @Test
    void taskListItemsBecomeBoxesWithTheirState() {
        Document page =
                html("- [ ] **Call the bank.** Now.\n  - On the number on your card.\n- [x] Screenshots\n- plain\n");
        assertThat(page.select("li.task")).hasSize(2);
        assertThat(page.select("li.task > span.box:first-child")).hasSize(2);
        assertThat(page.select("span.box.checked").parents().first().text()).isEqualTo("Screenshots");
        assertThat(page.select("li:not(.task)").eachText()).containsExactly("On the number on your card.", "plain");
        assertThat(page.select("input")).isEmpty();
    }

    @Test
    void tablesKeepTheirColumnsAndAlignment() {
        Document page = html("| Date | Amount |\n|---|--:|\n| 20.11.2026 | 150 000 |\n");
        assertThat(page.select("table thead th").eachText()).containsExactly("Date", "Amount");
        assertThat(page.select("table tbody td").eachText()).containsExactly("20.11.2026", "150 000");
        assertThat(page.select("td").get(1).attr("align")).isEqualTo("right");
    }

    @Test
    void rawHtmlIsEscapedEvenInGuideText() {
        String html = converter.toHtml("<script>alert(1)</script>\n\nText <img src=x onerror=alert(2)> <b>bold</b>\n");
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("script, img, b")).isEmpty();
        assertThat(page.text()).contains("<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "<b>bold</b>");
    }

    @Test
    void aTypedAddressStaysTextAndAScriptLinkLeadsNowhere() {
        Document typed = html("See https://egov-kz.example/login and www.example.com\n");
        assertThat(typed.select("a")).isEmpty();
        assertThat(typed.text()).contains("https://egov-kz.example/login");
        Document link = html("[bad](javascript:alert(1)) [worse](JAVASCRIPT:alert(2)) [data](data:text/html,x)"
                + " [vb](vbscript:x) [eGov](https://egov.kz)\n");
        assertThat(link.select("a").eachAttr("href")).containsExactly("", "", "", "", "https://egov.kz");
    }

    private static final String LETTER = """
            **To:** the bank

            **From:** A. B.

            # APPLICATION

            What happened.

            ## I ask you to

            - Block the card.

            ## Attached

            - A copy of my ID
            - ______________________________

            Signature: ______________
            """;

    @Test
    void aPapersPartiesGoTopRightAndItsClosingStaysTogether() {
        Document page = Jsoup.parseBodyFragment(converter.paperToHtml(LETTER));
        assertThat(page.select("div.parties > p").eachText()).containsExactly("To: the bank", "From: A. B.");
        assertThat(page.select("div.parties h1")).isEmpty();
        assertThat(page.select("body > h1").text()).isEqualTo("APPLICATION");
        assertThat(page.select("div.closing > h2").eachText()).containsExactly("Attached");
        assertThat(page.select("div.closing > p").text()).isEqualTo("Signature: ______________");
        assertThat(page.select("div.closing hr"))
                .as("a line of underscores stays a line to write on")
                .hasSize(1);
        assertThat(page.select("body > h2").eachText()).containsExactly("I ask you to");
        assertThat(page.select("div.letter")).isEmpty();
    }

    @Test
    void threeHyphensStartTheNextLetterEachWithItsOwnBlocks() {
        Document page = Jsoup.parseBodyFragment(
                converter.paperToHtml(LETTER + "\n---\n\n" + LETTER.replace("the bank", "the lender")));
        assertThat(page.select("div.letter")).hasSize(2);
        assertThat(page.select("div.letter > div.parties > p:first-child").eachText())
                .containsExactly("To: the bank", "To: the lender");
        assertThat(page.select("div.letter > div.closing")).hasSize(2);
        assertThat(page.select("body > hr, div.letter > hr"))
                .as("the separator is not printed")
                .isEmpty();
    }

    @Test
    void theActionPlanIsNotShapedAsAPaper() {
        Document page = html(LETTER + "\n---\n\nMore.\n");
        assertThat(page.select("div")).isEmpty();
        assertThat(page.select("hr")).hasSize(2);
    }

    @Test
    void anImageIsPrintedAsItsDescriptionAndLoadsNothing() {
        Document page = html("Look: ![the eGov login page](https://egov.kz/logo.png \"title\")\n");
        assertThat(page.select("img, [src]")).isEmpty();
        assertThat(page.text()).isEqualTo("Look: the eGov login page");
    }
}
