package kz.citizensec.qorgan.cli;

import static kz.citizensec.qorgan.testing.Cli.cli;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import kz.citizensec.qorgan.testing.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --stats} and {@code qorgan stats}: three answers files full of personal data leave three
 * lines holding none of it, which stats counts; a line that is not exactly a count is refused.
 */
class StatsCommandTest {

    /** Personal data the answers files hold: names, IINs, phones, an address, stories, contacts, amounts. */
    static final List<String> PERSONAL = List.of(
            "Айгерим",
            "Садыкова",
            "Ерлан",
            "Ахметов",
            "Нұрлан",
            "900101400013",
            "950515300017",
            "701 234 56 78",
            "7012345678",
            "Абая",
            "STORY-ONE",
            "STORY-TWO",
            "STORY-THREE",
            "747 000",
            "safe_account",
            "Kaspi",
            "150000",
            "49999",
            "2026-11-25",
            "2026-11-20",
            "Бостандык");

    static final List<String> ANSWERS = List.of("""
            lang: ru
            answers:
              in_contact: false
              disclosed: [bank_code, card]
              impersonated: bank
              channel: phone_call
              incident_date: 2026-11-25
              money_lost: true
              transfer_by: i_sent
              transactions:
                - {date: 2026-11-25, amount: 150000, bank: Kaspi, recipient: "+7 701 000 00 01"}
                - {date: 2026-11-25, amount: 49999.50, bank: Kaspi}
              loans: unknown
              want_report: true
              applicant_name: Ерлан Ахметов
              applicant_iin: "950515300017"
              applicant_phone: "+7 701 234 56 78"
              applicant_address: г. Алматы, ул. Абая, д. 1, кв. 2
              police_unit: УП Бостандыкского района г. Алматы
              scammer_contacts: ["+7 747 000 00 02", "@safe_account_kz"]
              story: STORY-ONE they called from the bank
              evidence: [call_log, bank_statement]
            """, """
            lang: kk
            answers:
              in_contact: false
              disclosed: [egov_code]
              impersonated: government
              channel: messenger_call
              incident_date: 2026-11-20
              money_lost: false
              loans: "yes"
              want_report: true
              applicant_name: Нұрлан Серікұлы
              applicant_iin: "900101400013"
              applicant_phone: "87012345678"
              scammer_contacts: ["+7 747 000 00 03"]
              story: STORY-TWO a call in WhatsApp
              evidence: [screenshots]
            """, """
            lang: en
            answers:
              in_contact: true
              disclosed: [card]
              impersonated: bank
              channel: phone_call
              money_lost: false
              loans: "no"
              want_report: false
            """);

    @TempDir
    Path dir;

    private Path answers(int i) throws IOException {
        return Files.writeString(dir.resolve("answers-" + i + ".yaml"), ANSWERS.get(i), StandardCharsets.UTF_8);
    }

    @Test
    void threeAnswersFilesLeaveThreeLinesWithNoneOfTheirPersonalDataAndStatsCountsThem() throws IOException {
        Path stats = dir.resolve("s.jsonl");
        String before = "";
        for (int i = 0; i < 3; i++) {
            Run plan = cli().run("plan", "--answers", answers(i).toString(), "--stats", stats.toString());
            assertThat(plan.code()).as(plan.err()).isZero();
            String now = Files.readString(stats, StandardCharsets.UTF_8);
            assertThat(now).as("appended: the earlier lines are as they were").startsWith(before);
            before = now;
        }
        assertThat(Files.getPosixFilePermissions(stats)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        List<String> lines = Files.readAllLines(stats, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        for (String personal : PERSONAL) {
            assertThat(String.join("\n", lines))
                    .as("no personal data in the counts")
                    .doesNotContain(personal);
        }
        assertThat(lines.get(0))
                .isEqualTo("{\"day\":\"2026-11-28\",\"lang\":\"ru\",\"impersonated\":\"bank\","
                        + "\"channel\":\"phone_call\",\"disclosed\":[\"bank_code\",\"card\"],\"money_lost\":\"yes\","
                        + "\"amount\":\"under_500000\",\"loans\":\"unknown\",\"report\":\"yes\"}");
        assertThat(lines.get(1)).contains("\"lang\":\"kk\"", "\"amount\":\"none\"", "\"loans\":\"yes\"");
        assertThat(lines.get(2)).contains("\"report\":\"no\"", "\"amount\":\"none\"");

        Run csv = cli().run("--lang", "en", "stats", stats.toString(), "--format", "csv");
        assertThat(csv.code()).as(csv.err()).isZero();
        assertThat(csv.out()).isEqualTo("""
                "Week","Who they claimed to be","How they made contact","Visitors"\r
                "2026-W48","A bank","An ordinary phone call","2"\r
                "2026-W48","eGov, a public service centre (ЦОН) or another state body","A call in WhatsApp, Telegram or another messenger","1"\r
                """);

        Run md = cli().run("--lang", "ru", "stats", stats.toString());
        assertThat(md.code()).as(md.err()).isZero();
        assertThat(md.out())
                .contains(
                        "# Анонимные подсчёты",
                        "Посетителей: 3, с 2026-11-28 по 2026-11-28.",
                        "| 2026-W48 | 3 |",
                        "| Банк | Обычный телефонный звонок | 2 |");

        Run json = cli().run("stats", stats.toString(), "--format", "json", "--to", "2026-11-27");
        assertThat(json.code()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"visitors\" : 0");
        Run kk = cli().run("--lang", "kk", "stats", stats.toString(), "--from", "2026-11-28");
        assertThat(kk.out()).contains("Апталар бойынша", "| Банк | Қарапайым телефон қоңырауы | 2 |");
    }

    @Test
    void assessCountsTheFinishedInterviewAndNotAnInterruptedOne() throws IOException {
        Path stats = dir.resolve("s.jsonl");
        Run done = cli().typed(List.of("", "", "", ""))
                .run("assess", "--answers", answers(2).toString(), "--stats", stats.toString());
        assertThat(done.code()).as(done.err()).isZero();
        Run stopped = cli().typed(List.of("3")).run("assess", "--stats", stats.toString());
        assertThat(stopped.code()).isEqualTo(130);
        assertThat(Files.readAllLines(stats, StandardCharsets.UTF_8))
                .singleElement()
                .asString()
                .contains("\"lang\":\"en\"", "\"impersonated\":\"bank\"", "\"report\":\"no\"");
    }

    @Test
    void aLineThatIsNotExactlyACountIsRefusedWithItsNumberAndNothingIsSummed() throws IOException {
        Path stats = dir.resolve("s.jsonl");
        Run plan = cli().run("plan", "--answers", answers(2).toString(), "--stats", stats.toString());
        assertThat(plan.code()).as(plan.err()).isZero();
        String good = Files.readString(stats, StandardCharsets.UTF_8);
        Files.writeString(
                stats,
                good + good.replace("\"bank\"", "\"+7 701 234 56 78\"") + good.replace("}", ",\"name\":\"Aigerim\"}")
                        + "\n" + good);
        Run run = cli().run("stats", stats.toString(), "--format", "csv");
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains(
                        stats + ":2: holds a number as long as a phone, an IIN or a card number",
                        stats + ":3: holds a field that count lines do not have")
                .doesNotContain("Aigerim", "701", ":1:", ":5:");
        Run ru = cli().run("--lang", "ru", "stats", stats.toString());
        assertThat(ru.err()).contains(":2: содержит число длиной с телефон, ИИН или номер карты");
    }

    @Test
    void aCountsFileOthersCanReadIsRefusedBeforeAnything() throws IOException {
        Path stats = Files.writeString(dir.resolve("s.jsonl"), "", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(stats, PosixFilePermissions.fromString("rw-r--r--"));
        Path out = dir.resolve("out");
        Run plan = cli().run(
                        "plan",
                        "--answers",
                        answers(0).toString(),
                        "--stats",
                        stats.toString(),
                        "--out",
                        out.toString());
        assertThat(plan.code()).isEqualTo(4);
        assertThat(plan.err()).contains("--stats " + stats + ": others may read or change this file");
        assertThat(out).doesNotExist();
        assertThat(Files.readString(stats)).isEmpty();
    }

    @Test
    void badDatesAndFormatsAreABadCommandLine() throws IOException {
        Path stats = Files.writeString(dir.resolve("s.jsonl"), "", StandardCharsets.UTF_8);
        Run date = cli().run("stats", stats.toString(), "--from", "28.11.2026");
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.err()).contains("--from 28.11.2026: not a day");
        assertThat(cli().run("stats", stats.toString(), "--format", "xls").code())
                .isEqualTo(2);
        Run none = cli().run("stats", dir.resolve("none").toString());
        assertThat(none.code()).isEqualTo(3);
        Run empty = cli().run("stats", stats.toString());
        assertThat(empty.out()).contains("No visitors counted.");
    }

    @Test
    void helpOfStatsInEachLanguage() {
        Run en = cli().run("stats", "--help");
        assertThat(en.code()).isZero();
        assertThat(en.out())
                .contains("by ISO week and by scheme", "--from=DATE", "--format=FORMAT", "FILE")
                .doesNotContain("''");
        assertThat(cli().run("--lang", "ru", "stats", "--help").out()).contains("по неделям ISO и по схемам");
        assertThat(cli().run("--lang", "kk", "stats", "--help").out())
                .contains("Көмек көрсету пунктінің анонимді есептері", "ISO апталары");
        assertThat(cli().run("plan", "--help").out()).contains("--stats=FILE");
    }
}
