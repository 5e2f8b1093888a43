package kz.citizensec.qorgan.render;

import static kz.citizensec.qorgan.testing.TestAnswers.minimal;
import static kz.citizensec.qorgan.testing.TestAnswers.text;
import static kz.citizensec.qorgan.testing.TestAnswers.transaction;
import static kz.citizensec.qorgan.testing.TestClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.testing.Case;
import kz.citizensec.qorgan.testing.Cases;
import kz.citizensec.qorgan.testing.RandomText;
import kz.citizensec.qorgan.testing.TestAnswers;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text the person typed (names, address, story, contacts, transactions) full of Markdown, HTML,
 * links, terminal escape sequences and card numbers: the documents, read by a real Markdown
 * parser, keep exactly the structure they have for harmless text, and the typed text comes back
 * as literal text, cleaned; in the printable HTML it is inert text: no element, attribute or link
 * comes from it.
 */
@ExtendWith(Cases.class)
class HostileTypedTextTest {

    private static final String HTML = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    private static final String LINK =
            "[подарок](http://evil.example) <http://evil.example/x> ![i](http://evil.example/i.png)";
    private static final String MARKDOWN = "**жирный** _курсив_ `код` ~~зачёркнуто~~ | ячейка | &amp; &lt;b&gt;";
    private static final String ESCAPES = "\u001b[2J\u001b[31mRED\u001b[0m\u001b]0;title\u0007\u0008\u202eevil";
    private static final String CARD = "4111 1111 1111 1111";
    private static final String STORY =
            "# Не заголовок\n- не список\n1. не список\n> не цитата\n    не код\n---\n```\nтоже не код\n```\n<div>блок</div>";

    private static final String SCRIPT_URL =
            "javascript:alert(3) [клик](javascript:alert(4)) <a href=\"javascript:alert(5)\">a</a>";
    private static final String ATTRIBUTES =
            "<svg onload=alert(6)> <body onpageshow=alert(7)> \" onmouseover=\"alert(8)";

    /** A typed web address, which the documents write as inline code on purpose (never a live link). */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)(https?://|www\\.)\\S+");

    private static final Parser PARSER =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private static Answers withTyped(String name, String story, String contact, String note) {
        return minimal()
                .with("money_lost", new Answer.YesNo(true))
                .with("want_report", new Answer.YesNo(true))
                .with(
                        "transactions",
                        new Answer.Group(List.of(
                                transaction(TODAY, "1000", name, contact, note),
                                transaction(TODAY, "2000", "Kaspi", "+7 701 000 00 01", note))))
                .with("applicant_name", text(name))
                .with("applicant_address", text(note))
                .with("applicant_phone", text(contact))
                .with("police_unit", text(name))
                .with("scammer_contacts", new Answer.TextList(List.of(contact, name, note)))
                .with("story", text(story));
    }

    private static String render(Answers answers, String lang) {
        return Documents.of(TestAnswers.guide())
                .render(answers, Lang.of(lang), Lang.of(lang), TODAY)
                .combined();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void hostileTextKeepsTheDocumentStructureOfHarmlessText(String lang) {
        String hostile =
                render(withTyped(HTML + " " + LINK, STORY, MARKDOWN + " " + CARD, ESCAPES + " " + MARKDOWN), lang);
        String harmless = render(withTyped("Name", "Story", "Contact", "Note"), lang);
        assertThat(structure(PARSER.parse(hostile))).isEqualTo(structure(PARSER.parse(harmless)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void hostileTextComesBackAsLiteralText(String lang) {
        String document = render(withTyped(HTML + " " + LINK, STORY, MARKDOWN, "note " + CARD), lang);
        String text = plainText(PARSER.parse(document));
        assertThat(text)
                .contains(
                        HTML + " " + LINK,
                        "жирный",
                        "_курсив_",
                        "`код`",
                        "~~зачёркнуто~~",
                        "&amp; &lt;b&gt;",
                        "# Не заголовок",
                        "- не список",
                        "1. не список",
                        "> не цитата",
                        "не код",
                        "<div>блок</div>");
        assertThat(document).doesNotContain(CARD).contains("**** **** **** 1111".replace("*", "\\*"));
        assertThat(text).contains("**** **** **** 1111");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void terminalEscapesAndControlCharactersAreRemoved(String lang) {
        String document = render(withTyped(ESCAPES, ESCAPES, ESCAPES, ESCAPES), lang);
        assertThat(document)
                .doesNotContain("\u001b", "\u0007", "\u0008", "\u202e")
                .contains("RED", "evil");
    }

    /**
     * The documents clean typed text themselves, whatever path it came by: raw random text in every
     * typed field (not through the answers' parser) leaves no control, escape or bidirectional
     * character in them.
     */
    @RepeatedTest(value = 300, failureThreshold = 1)
    void anyTypedTextLeavesNoControlCharacterInTheDocuments(Case c) {
        String lang = c.pick(TestAnswers.guide().languages());
        List<String> typed = List.of(
                RandomText.typed(c, 300),
                RandomText.typed(c, 5000),
                RandomText.typed(c, 300),
                RandomText.typed(c, 300));
        c.show("language", () -> lang);
        c.show("name, story, contact and note, as typed", () -> String.join("\n---\n", typed));

        String document = render(withTyped(typed.get(0), typed.get(1), typed.get(2), typed.get(3)), lang);

        assertThat(document.codePoints().filter(HostileTypedTextTest::isHidden).mapToObj(Integer::toHexString))
                .isEmpty();
    }

    /** A control character but line feed and tab, or a bidirectional embedding, override or isolate. */
    private static boolean isHidden(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t'
                || c >= 0x202A && c <= 0x202E
                || c >= 0x2066 && c <= 0x2069;
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void aPipeInATransactionStaysInsideItsCell(String lang) {
        String document = render(withTyped("A | B | C", "Story", "x|y", "| note |"), lang);
        List<Integer> cellsPerRow = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        PARSER.parse(document).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof TableRow) {
                    int count = 0;
                    for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
                        count++;
                        cells.add(plainText(cell));
                    }
                    cellsPerRow.add(count);
                }
                visitChildren(node);
            }
        });
        // The report's table (six columns) and the bank letter's (five): a header and two rows
        // each, every row with its header's cells.
        assertThat(cellsPerRow).containsExactly(6, 6, 6, 5, 5, 5);
        assertThat(cells).contains("A | B | C", "x|y", "| note |");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void inTheHtmlHostileTextIsInertText(String lang) {
        String name = HTML + " " + SCRIPT_URL;
        Answers answers = withTyped(name, STORY + "\n" + ATTRIBUTES, LINK, ATTRIBUTES + " " + MARKDOWN);
        Rendered rendered = Documents.of(TestAnswers.guide())
                .render(answers, List.of(Lang.of(lang), Lang.RU), Lang.of(lang), TODAY);
        for (String html : List.of(
                PrintableHtml.of(rendered).combined(),
                PrintableHtml.of(rendered).actionPlans(),
                PrintableHtml.of(rendered).report().orElseThrow())) {
            Document page = Jsoup.parse(html);
            // The one link: the share draft's, hostile text in it percent-encoded whole (RFC 6068).
            page.select("article.share p.send > a").remove();
            assertThat(page.select("script, img, svg, iframe, object, embed, link, a, base, form, input"))
                    .isEmpty();
            assertThat(page.select("[src], [href], [srcset], [style], [action]"))
                    .isEmpty();
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    assertThat(attribute.getKey()).as(element.tagName()).doesNotStartWith("on");
                }
            }
            assertThat(html)
                    .doesNotContainIgnoringCase("<script")
                    .doesNotContainIgnoringCase("<img")
                    .doesNotContain("http://evil.example\"", "=\"javascript:");
        }
        Document page = Jsoup.parse(PrintableHtml.of(rendered).combined());
        assertThat(page.select("a[href]").eachAttr("href"))
                .singleElement()
                .asString()
                .matches("mailto:info@citizensec\\.kz\\?subject=[A-Za-z0-9%._~-]+&body=[A-Za-z0-9%._~-]+");
        String text = page.body().text();
        assertThat(text)
                .contains(
                        HTML,
                        "javascript:alert(3) [клик](javascript:alert(4))",
                        "<a href=\"javascript:alert(5)\">a</a>",
                        "<svg onload=alert(6)>",
                        "\" onmouseover=\"alert(8)",
                        "[подарок](http://evil.example) <http://evil.example/x> ![i](http://evil.example/i.png)",
                        "# Не заголовок",
                        "<div>блок</div>");
        assertThat(page.select("header.visit .name").eachText())
                .hasSize(2)
                .allSatisfy(header -> assertThat(header).contains(name));
    }

    /** How many nodes of each kind, but text, paragraphs and line breaks (a story may have many). */
    private static Map<String, Integer> structure(Node document) {
        Map<String, Integer> counts = new TreeMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                    boolean typedAddress = node instanceof Code code
                            && WEB_ADDRESS.matcher(code.getLiteral()).matches();
                    if (!(node instanceof Text
                            || node instanceof Paragraph
                            || node instanceof SoftLineBreak
                            || node instanceof HardLineBreak
                            || node instanceof TableCell
                            || typedAddress)) {
                        counts.merge(node.getClass().getSimpleName(), 1, Integer::sum);
                    }
                    visitChildren(node);
                }
            }
        });
        return counts;
    }

    private static String plainText(Node root) {
        StringBuilder out = new StringBuilder();
        root.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                out.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                out.append(WEB_ADDRESS.matcher(code.getLiteral()).matches() ? code.getLiteral() : "<<code>>");
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                out.append('\n');
            }

            @Override
            public void visit(Paragraph paragraph) {
                visitChildren(paragraph);
                out.append('\n');
            }
        });
        return out.toString();
    }
}
