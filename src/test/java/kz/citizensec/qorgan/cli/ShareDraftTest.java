package kz.citizensec.qorgan.cli;

import static kz.citizensec.qorgan.testing.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.citizensec.qorgan.testing.Cli.Run;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The share draft (issue 17): an e-mail to citizensec.kz with the scheme and the scammers'
 * contacts, written beside the plan and linked from the printable plan, and never the person's
 * own data: their name, IIN, address or phone, their story, a card number or an amount.
 */
class ShareDraftTest {

    private static final String NAME = "Айгерим Садыкова";
    private static final String IIN = "900101300007";
    private static final String ADDRESS = "ул. Абая, 10, кв. 5";
    private static final String STORY_CARD = "4400 4301 2345 6789";
    private static final String THEIR_CARD = "5169 4971 1111 2227";
    private static final List<String> THEIR_CONTACTS =
            List.of("+7 708 999 88 77", "https://kaspi-bonus.example.com/login", "@kaspi_help_bot", "+7 701 555 44 33");

    private static final String ANSWERS = """
            answers:
              in_contact: false
              disclosed: [bank_code, card]
              money_lost: true
              loans: "no"
              impersonated: bank
              channel: messenger_call
              want_report: true
              incident_date: 2026-11-20
              transfer_by: i_sent
              transactions:
                - {date: 2026-11-20, amount: 187654, bank: Kaspi, recipient: "+7 701 555 44 33", note: "заметка для себя"}
              applicant_name: %s
              applicant_iin: "%s"
              applicant_address: "г. Алматы, %s"
              applicant_phone: "8 777 123 45 67"
              scammer_contacts: ["+7 708 999 88 77", "https://kaspi-bonus.example.com/login", "@kaspi_help_bot", "их карта %s"]
              story: "Позвонили, я продиктовала номер карты %s и код 123456, списали 187 654 тенге."
              evidence: [screenshots]
            """.formatted(NAME, IIN, ADDRESS, THEIR_CARD, STORY_CARD);

    /** The applicant's data and what the story holds, in every form they might take. */
    private static final List<String> PRIVATE = List.of(
            NAME,
            "Садыкова",
            IIN,
            ADDRESS,
            "Абая",
            "777 123 45 67",
            "7771234567",
            "777",
            STORY_CARD,
            "6789",
            THEIR_CARD,
            "4971",
            "123456",
            "187654",
            "187 654",
            "187,654",
            "Позвонили",
            "Kaspi",
            "заметка");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void theDraftHoldsTheScammersContactsAndNoneOfThePersonsData(String lang) throws IOException {
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, ANSWERS, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        // The papers in Russian: the share draft stays in the person's language.
        Run run = cli().run(
                        "plan",
                        "--answers",
                        answers.toString(),
                        "--lang",
                        lang,
                        "--report-lang",
                        "ru",
                        "--format",
                        "html",
                        "--out",
                        out.toString());
        assertThat(run.code()).as(run.err()).isZero();

        String share = Files.readString(out.resolve("share.txt"), StandardCharsets.UTF_8);
        Document plan = Jsoup.parse(Files.readString(out.resolve("plan.html"), StandardCharsets.UTF_8));
        String href = plan.select("article.share p.send > a").attr("href");
        Matcher mailto = Pattern.compile(
                        "mailto:info@citizensec\\.kz\\?subject=([A-Za-z0-9%._~-]*)&body=([A-Za-z0-9%._~-]*)")
                .matcher(href);
        assertThat(mailto.matches()).as(href).isTrue();
        String subject = decoded(mailto.group(1));
        String body = decoded(mailto.group(2));

        assertThat(share)
                .as("its head says where and what")
                .startsWith(Map.of("kk", "Кімге", "ru", "Кому", "en", "To").get(lang) + ": info@citizensec.kz\n")
                .contains(subject, lang.equals("en") ? "When: 20 November 2026\n" : "20.11.2026\n");
        assertThat(body.replace("\r\n", "\n"))
                .as("the link's body is the file's, after its head")
                .isEqualTo(share.substring(share.indexOf("\n\n") + 2))
                .doesNotContain("\n\n\n");
        assertThat(plan.select("article.share pre.draft").text())
                .isEqualTo(Jsoup.parse("<pre>" + share.replace("<", "&lt;") + "</pre>")
                        .select("pre")
                        .text());
        for (String text : List.of(share, body)) {
            assertThat(text).contains(THEIR_CONTACTS).contains("**** **** **** 2227");
        }
        for (String text : List.of(share, subject, body)) {
            assertThat(text).doesNotContain(PRIVATE).doesNotContain("\\", "`");
        }
        assertThat(plan.select("article.share").attr("lang")).isEqualTo(lang);
        assertThat(Files.readString(out.resolve("report.html"))).contains(NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void onStandardOutputTheDraftFollowsThePapersLiterally(String lang) throws IOException {
        Path answers = dir.resolve("answers.yaml");
        Files.writeString(answers, ANSWERS, StandardCharsets.UTF_8);
        Run run = cli().run("plan", "--answers", answers.toString(), "--lang", lang);
        assertThat(run.code()).isZero();
        String draft = run.out().substring(run.out().lastIndexOf("\n---\n"));
        assertThat(draft)
                .startsWith("\n---\n\n```\n")
                .endsWith("\n```\n")
                .contains(THEIR_CONTACTS)
                .doesNotContain(PRIVATE)
                .as("a code block: nothing escaped")
                .doesNotContain("\\");
    }

    /** RFC 3986 percent-decoding as UTF-8 (a {@code +} stays a plus, unlike a form's). */
    private static String decoded(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
