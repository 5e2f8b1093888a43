package kz.citizensec.qorgan.render;

import static kz.citizensec.qorgan.testing.TestAnswers.choices;
import static kz.citizensec.qorgan.testing.TestAnswers.minimal;
import static kz.citizensec.qorgan.testing.TestAnswers.text;
import static kz.citizensec.qorgan.testing.TestClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.Problem;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.testing.GuideFixture;
import kz.citizensec.qorgan.testing.TestAnswers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The structure of the printable pages, read back with a real HTML parser. */
class PrintableHtmlTest {

    private static final Documents DOCUMENTS = Documents.of(TestAnswers.guide());

    private static Answers withReport() {
        return minimal()
                .with("disclosed", choices("egov_code", "card"))
                .with("want_report", new Answer.YesNo(true))
                .with("evidence", choices("screenshots"));
    }

    private static Rendered rendered(Answers answers, List<String> langs, String reportLang) {
        return DOCUMENTS.render(answers, langs.stream().map(Lang::of).toList(), Lang.of(reportLang), TODAY);
    }

    private static org.jsoup.nodes.Document parse(String html) {
        return Jsoup.parse(html);
    }

    private static String style(org.jsoup.nodes.Document page) {
        return page.select("head > style").html();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void aPageSaysItsLanguageCharsetAndTitle(String lang) {
        String html =
                PrintableHtml.of(rendered(withReport(), List.of(lang), lang)).combined();
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\"");
        org.jsoup.nodes.Document page = parse(html);
        assertThat(page.title())
                .isEqualTo(Messages.of(Documents.BUNDLE, Lang.of(lang)).get("html.title.all"));
        assertThat(page.select("article.document").eachAttr("lang")).containsExactly(lang, lang, lang, lang);
    }

    @Test
    void theTitleNamesOnlyThePlanWhenThereIsNoReport() {
        org.jsoup.nodes.Document page =
                parse(PrintableHtml.of(rendered(minimal(), List.of("ru"), "ru")).combined());
        assertThat(page.title()).isEqualTo("План действий");
        assertThat(page.select("article.report")).isEmpty();
    }

    @Test
    void theReportFollowsThePlanThenTheBankLetterEachOnANewPage() {
        org.jsoup.nodes.Document page = parse(
                PrintableHtml.of(rendered(withReport(), List.of("en"), "en")).combined());
        Elements documents = page.select("body > article.document");
        assertThat(documents.eachAttr("class"))
                .containsExactly("document plan", "document report", "document letter-bank", "document share");
        assertThat(documents.get(2).select("h1").text()).isEqualTo("APPLICATION");
        assertThat(rule(style(page), ".document:not(.plan) h1")).contains("text-align: center");
        assertThat(documents.get(1).select("h1").text()).isEqualTo("STATEMENT");
        assertThat(rule(style(page), ".document + .document")).contains("break-before: page");
    }

    @Test
    void separateFilesHoldThePlansAndTheReport() {
        PrintableHtml html = PrintableHtml.of(rendered(withReport(), List.of("kk", "ru"), "en"));
        org.jsoup.nodes.Document plans = parse(html.actionPlans());
        assertThat(plans.select("article.document").eachAttr("class"))
                .as("the share draft is printed with the plans")
                .containsExactly("document plan", "document plan", "document share");
        assertThat(plans.select("article.document").eachAttr("lang"))
                .as("the share draft in the person's language")
                .containsExactly("kk", "ru", "kk");
        org.jsoup.nodes.Document report = parse(html.report().orElseThrow());
        assertThat(report.select("html").attr("lang")).isEqualTo("en");
        assertThat(report.select("article.document").eachAttr("class")).containsExactly("document report");
        assertThat(report.title()).isEqualTo("Police report draft");
        assertThat(PrintableHtml.of(rendered(minimal(), List.of("kk"), "kk")).report())
                .isEmpty();
    }

    @Test
    void twoLanguagesGiveThePlanInEachThenTheReportOnceEachOnANewPage() {
        Rendered rendered = rendered(withReport(), List.of("kk", "ru"), "ru");
        org.jsoup.nodes.Document page = parse(PrintableHtml.of(rendered).combined());
        Elements documents = page.select("body > article.document");
        assertThat(documents.eachAttr("class"))
                .containsExactly(
                        "document plan", "document plan", "document report", "document letter-bank", "document share");
        assertThat(documents.eachAttr("lang")).containsExactly("kk", "ru", "ru", "ru", "kk");
        assertThat(documents.get(0).select("h2").first().text()).isEqualTo("Сіз не айттыңыз немесе не істедіңіз");
        assertThat(documents.get(1).select("h2").first().text()).isEqualTo("Что вы сообщили или сделали");
        assertThat(documents.get(1).select("header.visit .date").text()).isEqualTo("Дата: 28.11.2026");
        assertThat(page.select("html").attr("lang")).isEqualTo("kk");
    }

    @Test
    void everyStepHasAPrintableBoxNotAFormControl() {
        Rendered rendered = rendered(withReport(), List.of("en"), "en");
        org.jsoup.nodes.Document page = parse(PrintableHtml.of(rendered).combined());
        assertThat(page.select("input, button, form, select, textarea")).isEmpty();
        Elements steps = page.select("article.plan li.task:has(> strong)");
        assertThat(steps).hasSize(rendered.plan().steps().size());
        for (Element step : steps) {
            assertThat(step.child(0).is("span.box[role=checkbox][aria-checked=false]"))
                    .as(step.text())
                    .isTrue();
        }
        assertThat(steps.eachText())
                .first()
                .asString()
                .startsWith(rendered.plan().steps().get(0).step().title().in(Lang.EN));
        // The evidence checklist: the chosen item ticked, the others left to tick by hand.
        Elements evidence = page.select("article.plan li.task:not(:has(> strong))");
        assertThat(evidence)
                .hasSize(TestAnswers.guide().questions().stream()
                        .filter(q -> q.id().equals("evidence"))
                        .findFirst()
                        .orElseThrow()
                        .options()
                        .size());
        assertThat(evidence.select("span.box.checked[aria-checked=true]")).hasSize(1);
        assertThat(page.select("span.box.checked").first().parent().text()).isEqualTo("Screenshots");
        // A box is drawn with a border, which prints, rather than a background, which may not.
        String box = rule(style(page), ".box");
        assertThat(box).contains("border:").contains("display: inline-block").doesNotContain("background");
        assertThat(rule(style(page), "li.task")).contains("list-style: none");
    }

    @Test
    void theHeaderHasTheDateAndTheNameWhenGiven() {
        Answers named = withReport().with("applicant_name", text("Әлихан <b>Сейітқали</b>"));
        org.jsoup.nodes.Document page = parse(
                PrintableHtml.of(rendered(named, List.of("kk", "en"), "kk")).combined());
        Elements headers = page.select("header.visit");
        assertThat(headers).hasSize(2);
        assertThat(headers.get(0).select(".date").text()).isEqualTo("Күні: 28.11.2026");
        assertThat(headers.get(0).select(".name").text()).isEqualTo("Аты-жөні: Әлихан <b>Сейітқали</b>");
        assertThat(headers.get(0).select(".name b")).isEmpty();
        assertThat(headers.get(1).select(".date").text()).isEqualTo("Date: 28 November 2026");
        assertThat(headers.get(1).select(".name").text()).isEqualTo("Name: Әлихан <b>Сейітқали</b>");
        assertThat(page.select("article.report header"))
                .as("the report has its own applicant block")
                .isEmpty();
    }

    @Test
    void withoutANameTheHeaderHasOnlyTheDate() {
        for (Answers answers : List.of(withReport(), withReport().with("applicant_name", text("  \u001b[2J ")))) {
            org.jsoup.nodes.Document page = parse(
                    PrintableHtml.of(rendered(answers, List.of("ru"), "ru")).combined());
            assertThat(page.select("header.visit .date").text()).isEqualTo("Дата: 28.11.2026");
            assertThat(page.select("header.visit .name")).isEmpty();
            assertThat(page.select("header.visit").text()).doesNotContain("Имя");
        }
    }

    @Test
    void aPageIsSelfContained() {
        org.jsoup.nodes.Document page = parse(PrintableHtml.of(rendered(withReport(), List.of("kk", "ru"), "en"))
                .combined());
        assertThat(page.select("script, link, img, iframe, object, embed, video, audio, source, base"))
                .isEmpty();
        assertThat(page.select("[src], [srcset], [style]")).isEmpty();
        assertThat(page.select("[href]").eachAttr("href"))
                .as("one link: the share draft's, which opens an e-mail")
                .singleElement()
                .asString()
                .startsWith("mailto:info@citizensec.kz?subject=");
        assertThat(style(page)).doesNotContain("url(", "@import", "@font-face");
        assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                .startsWith("default-src 'none'");
    }

    @Test
    void printStylesAreForA4With12PointTypeOrLarger() {
        String css = style(parse(
                PrintableHtml.of(rendered(withReport(), List.of("en"), "en")).combined()));
        assertThat(css).containsPattern("@page \\{\\s*size: A4;");
        assertThat(rule(css, "html")).contains("font-size: 12pt");
        Matcher sizes =
                Pattern.compile("font-size:\\s*([0-9.]+)(pt|px|em|rem|%)").matcher(css);
        int count = 0;
        while (sizes.find()) {
            count++;
            assertThat(sizes.group(2)).as(sizes.group()).isEqualTo("pt");
            assertThat(Double.parseDouble(sizes.group(1))).as(sizes.group()).isGreaterThanOrEqualTo(12);
        }
        assertThat(count).isGreaterThan(3);
        // Fonts that have the Kazakh letters come before those that may not (Liberation Sans 1.x).
        assertThat(rule(css, "html"))
                .contains(
                        "font-family: \"Segoe UI\", \"Noto Sans\", \"DejaVu Sans\", Arial, \"Liberation Sans\", sans-serif;");
    }

    @Test
    void theShareDraftOpensAsAnEmailWhoseLinkTheGuidesLinkRulesAccept(@TempDir Path temp) {
        Answers answers = withReport()
                .with(
                        "scammer_contacts",
                        new Answer.TextList(
                                List.of("https://evil.example/?a=1&b=2#x", "x@evil.example", "строка\nещё одна")));
        org.jsoup.nodes.Document page =
                parse(PrintableHtml.of(rendered(answers, List.of("kk"), "ru")).actionPlans());
        Element link = page.select("article.share p.send > a").first();
        assertThat(link.text()).contains("info@citizensec.kz");
        String href = link.attr("href");
        assertThat(href)
                .startsWith("mailto:info@citizensec.kz?subject=%D0%90")
                .contains("&body=")
                .as("every typed character encoded: none can end the body or add a field")
                .matches("[^?]*\\?subject=[A-Za-z0-9%._~-]+&body=[A-Za-z0-9%._~-]+")
                .contains("x%40evil.example", "%0D%0A");
        assertThat(page.select("article.share pre.draft").text()).contains("https://evil.example/?a=1&b=2#x");

        GuideFixture guide = GuideFixture.copyOfDefault(temp);
        guide.replace("templates/plan.en.md.mustache", "## Your steps", "[send](" + href + ")\n\n## Your steps");
        assertThat(new GuideLoader(Lang.EN)
                        .check(GuideSource.directory(guide.dir()))
                        .problems())
                .filteredOn(Problem::isError)
                .isEmpty();
        guide.replace(
                "templates/plan.en.md.mustache", "mailto:info@citizensec.kz", "mailto:info@citizensec.evil.example");
        assertThat(new GuideLoader(Lang.EN)
                        .check(GuideSource.directory(guide.dir()))
                        .problems())
                .as("the same link to another domain is refused")
                .filteredOn(Problem::isError)
                .isNotEmpty();
    }

    @Test
    void thePageNumbersAreInThePagesLanguage() {
        String css = style(parse(
                PrintableHtml.of(rendered(withReport(), List.of("kk"), "kk")).combined()));
        assertThat(css).contains("content: \"Бет \" counter(page) \" / \" counter(pages);");
    }

    @Test
    void aCssStringCannotBeLeft() {
        assertThat(PrintableHtml.cssString("Бет 2")).isEqualTo("\"Бет 2\"");
        assertThat(PrintableHtml.cssString("a\"b\\c</style>")).isEqualTo("\"a\\22 b\\5c c\\3c \\2f style\\3e \"");
    }

    /** The declarations of the first CSS rule whose selector is exactly {@code selector}. */
    private static String rule(String css, String selector) {
        Matcher rule = Pattern.compile("(?m)^" + Pattern.quote(selector) + " \\{([^}]*)\\}")
                .matcher(css);
        assertThat(rule.find()).as("a rule for " + selector).isTrue();
        return rule.group(1);
    }
}
