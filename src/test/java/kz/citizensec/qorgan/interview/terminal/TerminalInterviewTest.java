package kz.citizensec.qorgan.interview.terminal;

import static kz.citizensec.qorgan.interview.terminal.FakeTerminal.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.playbook.Question;
import org.junit.jupiter.api.Test;

/** The JLine front on a fake terminal: what is shown, what typing does, in Kazakh above all. */
class TerminalInterviewTest {

    static final Guide GUIDE = new GuideLoader(Lang.EN).load(GuideSource.bundled());

    /** Enter on each page of the plan shown on the way, at the fake terminal's 200×40. */
    static List<String> pages(int count) {
        return java.util.Collections.nCopies(count, "");
    }

    /** Every question of the default guide answered in Kazakh, with a report and one transfer. */
    static final List<String> KAZAKH_RUN = concat(
            List.of(
                    "1", // language: Қазақ тілі
                    "2", "1 2", "1", "3", "3", "2"), // in_contact .. channel: money lost, loans not known
            pages(5), // the plan, a page at a time
            List.of(
                    "1",
                    "2026-11-20",
                    "14:30", // report yes, its date and time
                    "Алматы қ., үйде",
                    "Kaspi Bank",
                    "5521", // the place, the card's bank and last four digits
                    "1",
                    "2026-11-20",
                    "14:41",
                    "150000",
                    "Kaspi",
                    "4400 43** **** 1234",
                    "Halyk Bank",
                    "",
                    "2",
                    // sent deceived, one transfer
                    "Айгерім Сәрсенқызы",
                    "900101300007",
                    "Алматы қ., Абай даңғылы, 1",
                    "8 701 234 56 78",
                    "Бостандық аудандық полиция басқармасы",
                    "+7 700 000 00 01",
                    "", // scammer contacts
                    "Маған «банктен» қоңырау шалып, 1414 кодын сұрады; мен айтып қойдым.",
                    "1 3", // evidence
                    "")); // review: all right

    @SafeVarargs
    static List<String> concat(List<String>... parts) {
        return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
    }

    @Test
    void aWholeInterviewInKazakhIsTypedAndShownIntact() {
        FakeTerminal fake = FakeTerminal.dumb(lines(KAZAKH_RUN.toArray(String[]::new)));
        Assessment.Outcome outcome = fake.run(FakeTerminal.request(Optional.empty()), false);
        assertThat(outcome).isInstanceOfSatisfying(Assessment.Outcome.Completed.class, done -> {
            assertThat(done.lang()).isEqualTo(Lang.KK);
            assertThat(done.answers().get("applicant_name")).contains(new Answer.Text("Айгерім Сәрсенқызы"));
            assertThat(done.answers().get("police_unit"))
                    .contains(new Answer.Text("Бостандық аудандық полиция басқармасы"));
            assertThat(done.answers().get("story")).get().asString().contains("«банктен» қоңырау");
            assertThat(done.answers().get("applicant_phone")).contains(new Answer.Text("+7 701 234 56 78"));
            assertThat(done.answers().get("incident_place")).contains(new Answer.Text("Алматы қ., үйде"));
            assertThat(done.answers().get("disclosed")).contains(new Answer.Choices(Set.of("egov_code", "eds")));
            assertThat(done.answers().get("transactions"))
                    .get()
                    .isInstanceOfSatisfying(
                            Answer.Group.class,
                            g -> assertThat(g.items().get(0).get("amount"))
                                    .isEqualTo(new Answer.Money(new BigDecimal("150000"))));
        });
        String screen = fake.screen();
        assertThat(screen).contains("Тілді таңдаңыз", "Қазақ тілі", "Русский", "English");
        assertThat(screen).contains("Кез келген сұрақта: < артқа · ? неге сұраймыз · - өткізіп жіберу");
        assertThat(screen)
                .contains("1 / 6", "6 / 6", "1 / 16", "16 / 16", "Жауаптарыңызды тексеріңіз.", "Сіздің жауаптарыңыз");
        assertThat(screen)
                .as("the plan, paged, before the report's first question")
                .containsSubsequence(
                        "Мұны қазір істеңіз",
                        "Банкке қоңырау шалыңыз",
                        "Enter — келесі: Бүгін",
                        GUIDE.question("want_report").orElseThrow().text().in(Lang.KK));
        assertThat(screen).contains("Айгерім Сәрсенқызы", "+7 701 234 56 78", "150 000 ₸");
        assertThat(screen.split("Кез келген сұрақта", -1))
                .as("the commands are listed once")
                .hasSize(2);
        Answers given = ((Assessment.Outcome.Completed) outcome).answers();
        for (Question question : GUIDE.questions()) {
            if (!question.isAskedGiven(given)) {
                continue; // lenders, stop_credit_before: no loan in this run
            }
            assertThat(screen).as(question.id()).contains(question.text().in(Lang.KK));
        }
        assertThat(fake.errors()).isEmpty();
    }

    @Test
    void langSkipsTheLanguageQuestion() {
        FakeTerminal fake = FakeTerminal.dumb(lines("2"));
        fake.run(FakeTerminal.request(Optional.of("ru")), false);
        assertThat(fake.screen()).doesNotContain("Тілді таңдаңыз").contains("На любом вопросе", "1 / 6", "1  Да");
    }

    @Test
    void aWrongLanguageNumberIsAskedAgain() {
        FakeTerminal fake = FakeTerminal.dumb(lines("7", "ru"));
        fake.run(FakeTerminal.request(Optional.empty()), false);
        assertThat(fake.screen()).contains("Type the number of a language (1–3)", "На любом вопросе");
    }

    @Test
    void endOfInputAtAPromptStopsAndSaysNothingWasSaved() {
        FakeTerminal fake = FakeTerminal.dumb(lines("1", "2"));
        assertThat(fake.run(FakeTerminal.request(Optional.empty()), false))
                .isInstanceOf(Assessment.Outcome.Stopped.class);
        assertThat(fake.errors()).isEqualTo("Тоқтатылды: ештеңе сақталған жоқ." + System.lineSeparator());
    }

    @Test
    void ctrlCAtAPromptStops() {
        FakeTerminal fake = FakeTerminal.xtermKeyByKey("3\r2\r" + "\u0003" + "1\r2\r");
        assertThat(fake.run(FakeTerminal.request(Optional.empty()), false))
                .isInstanceOf(Assessment.Outcome.Stopped.class);
        assertThat(fake.errors()).contains("Interrupted: nothing was saved.");
        assertThat(fake.screen())
                .as("stopped at the prompt where Ctrl-C was typed, though keys followed")
                .contains("2 / 6")
                .doesNotContain("3 / 6");
    }

    @Test
    void commandsWorkInTheChosenLanguage() {
        FakeTerminal fake = FakeTerminal.dumb(lines("1", "көмек", "өткізу", "2", "артқа", "", "9", "1 8", "<"));
        fake.run(FakeTerminal.request(Optional.empty()), false);
        String screen = fake.screen();
        assertThat(screen).contains("Неге сұраймыз: ", "Бұл сұрақты өткізіп жіберуге болмайды: ");
        assertThat(screen).contains("Қазіргі жауап: Жоқ. Өзгертпеу үшін Enter басыңыз.");
        assertThat(screen.split("1 / 6", -1))
                .as("each back shows the first question again")
                .hasSize(4);
    }

    @Test
    void aCardNumberInAStoryIsMaskedAndThePersonToldWhy() {
        FakeTerminal fake = FakeTerminal.dumb(lines(concat(
                        List.of("3", "2", "8", "2", "2", "1", "1"),
                        pages(5),
                        List.of("1", "2026-11-20", "", "", "", "", "", "", "I read them my card 4111 1111 1111 1111"))
                .toArray(String[]::new)));
        fake.run(FakeTerminal.request(Optional.empty()), false);
        assertThat(fake.screen()).contains("A card number was masked to its last four digits");
    }

    static final String DOWN = "\033[B";

    /** Enter on each page of the plan for {@link #ARROWS}' answers. */
    static final String PAGES = "\r".repeat(5);

    /** English; in contact (chosen with an arrow), then 1 and 3 marked with arrows and Space. */
    static final String ARROWS =
            "3\r" + DOWN + "\r" + DOWN + " " + DOWN + DOWN + " \r" + "2\r3\r1\r2\r" + PAGES + "2\r\r";

    @Test
    void anXtermGetsColourAndBoxesAndChoosesWithArrowsAndSpace() {
        FakeTerminal fake = FakeTerminal.xterm(ARROWS);
        Assessment.Outcome outcome = fake.run(FakeTerminal.request(Optional.empty()), false);
        assertThat(outcome).isInstanceOfSatisfying(Assessment.Outcome.Completed.class, done -> {
            assertThat(done.answers().get("in_contact")).contains(new Answer.YesNo(true));
            assertThat(done.answers().get("disclosed")).contains(new Answer.Choices(Set.of("egov_code", "bank_code")));
        });
        assertThat(fake.raw()).contains("\033[");
        Question disclosed = GUIDE.question("disclosed").orElseThrow();
        assertThat(fake.screen())
                .contains(
                        "── 1 / 6",
                        "━━ Do this now ━",
                        "☐ Hang up and stop writing to them",
                        "↑ ↓ to move, Space to mark",
                        " ›  1  [ ] " + disclosed.options().get(0).text().in(Lang.EN));
    }

    @Test
    void goingBackToAMultipleChoiceShowsItsTicksAndKeepsThemUnlessChanged() {
        FakeTerminal fake = FakeTerminal.xterm(
                "3\r" + "2\r" + "1 3\r" + "<\r" + DOWN + DOWN + " \r" + "2\r3\r1\r2\r" + PAGES + "2\r\r");
        Assessment.Outcome outcome = fake.run(FakeTerminal.request(Optional.empty()), false);
        assertThat(outcome)
                .as(fake.screen())
                .isInstanceOfSatisfying(
                        Assessment.Outcome.Completed.class,
                        done -> assertThat(done.answers().get("disclosed"))
                                .as("ticked again, one more ticked")
                                .contains(new Answer.Choices(Set.of("egov_code", "bank_code", "eds"))));
        Question disclosed = GUIDE.question("disclosed").orElseThrow();
        assertThat(fake.screen())
                .as("the earlier choices are ticked when the question is shown again")
                .contains(
                        "1  [x] " + disclosed.options().get(0).text().in(Lang.EN),
                        "3  [x] " + disclosed.options().get(2).text().in(Lang.EN));
    }

    @Test
    void inANarrowTerminalNoLineReachesTheEdgeAndOptionsWrapUnderTheirText() {
        FakeTerminal fake = FakeTerminal.xterm("2\r2\r", 60, 40);
        fake.run(FakeTerminal.request(Optional.empty()), false);
        String screen = fake.screen();
        assertThat(screen.lines())
                .allSatisfy(line -> assertThat(WordWrap.columns(line)).as(line).isLessThan(60));
        String password = GUIDE.question("disclosed")
                .orElseThrow()
                .option("password")
                .orElseThrow()
                .text()
                .in(Lang.RU);
        String[] words = password.split(" ");
        assertThat(screen)
                .as("the option's second line starts under its text, after the box")
                .containsPattern("\\n {11}\\S[^\\n]*" + java.util.regex.Pattern.quote(words[words.length - 1]));
        assertThat(screen).doesNotContain("например: 1\n");
    }

    @Test
    void typedNumbersStillWorkWhereArrowsDo() {
        FakeTerminal fake = FakeTerminal.xterm("3\r1\r1 3\r2\r3\r1\r2\r" + PAGES + "2\r\r");
        assertThat(fake.run(FakeTerminal.request(Optional.empty()), false))
                .isInstanceOfSatisfying(
                        Assessment.Outcome.Completed.class,
                        done -> assertThat(done.answers().get("disclosed"))
                                .contains(new Answer.Choices(Set.of("egov_code", "bank_code"))));
    }

    @Test
    void plainModeHasNoColourNoBoxesAndNumberedOptions() {
        FakeTerminal fake = FakeTerminal.xterm("3\r1\r");
        fake.run(FakeTerminal.request(Optional.empty()), true);
        String raw = fake.raw().replaceAll("\033\\[\\?2004[hl]", "");
        assertThat(raw).doesNotContain("\033[1m", "\033[3", "┏", "━", "──", "›", "☐");
        assertThat(fake.screen())
                .contains(
                        "1 / 6",
                        "  1  Yes",
                        "  2  No",
                        "Do this now:",
                        "[ ] Hang up and stop writing to them",
                        "Type the number of your answer.");
    }
}
