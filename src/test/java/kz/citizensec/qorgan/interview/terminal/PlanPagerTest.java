package kz.citizensec.qorgan.interview.terminal;

import static kz.citizensec.qorgan.testing.TestClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.plan.PlanBuilder;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;
import kz.citizensec.qorgan.playbook.Step;
import kz.citizensec.qorgan.playbook.Urgency;
import kz.citizensec.qorgan.render.Documents;
import org.junit.jupiter.api.Test;

/** The plan a screen at a time: what the person sees first, and how Enter and back move. */
class PlanPagerTest {

    static final Guide GUIDE = new GuideLoader(Lang.KK).load(GuideSource.bundled());

    /** A Kazakh person who hung up, told a bank code and lost money: the scenario of the tmux script. */
    static final Answers HUNG_UP_MONEY_LOST = Answers.NONE
            .with("in_contact", new Answer.YesNo(false))
            .with("disclosed", new Answer.Choices(Set.of("bank_code")))
            .with("money_lost", new Answer.YesNo(true))
            .with("loans", new Answer.Choice("unknown"))
            .with("impersonated", new Answer.Choice("bank"))
            .with("channel", new Answer.Choice("phone_call"));

    /** A screen of a given size; each read takes the next typed line and records the screen so far. */
    static final class Screen implements Console {
        final int width;
        final int height;
        final Deque<String> typed;
        final List<String> shown = new ArrayList<>();
        final List<String> pages = new ArrayList<>();

        Screen(int width, int height, String... typed) {
            this.width = width;
            this.height = height;
            this.typed = new ArrayDeque<>(List.of(typed));
        }

        @Override
        public String read(Page page) throws Interrupted {
            show(page.lines());
            pages.add(String.join("\n", shown));
            shown.clear();
            if (typed.isEmpty()) {
                throw new Interrupted(true);
            }
            return typed.removeFirst();
        }

        @Override
        public void show(List<Line> lines) {
            lines.forEach(line -> shown.addAll(WordWrap.wrap(line.text(), width - 1)));
        }

        @Override
        public int width() {
            return width;
        }

        @Override
        public int height() {
            return height;
        }

        @Override
        public boolean decorated() {
            return true;
        }

        @Override
        public boolean arrows() {
            return false;
        }

        @Override
        public void clear() {}

        @Override
        public void close() {}
    }

    static PlanPager.Outcome page(Screen screen, Answers answers) throws Interrupted {
        Texts texts = new Texts(Lang.KK);
        String markdown =
                Documents.of(GUIDE).render(answers, Lang.KK, Lang.KK, TODAY).actionPlan();
        return new PlanPager(screen, texts, new Commands(texts)).show(markdown, "START-HERE");
    }

    static List<Step> now(Answers answers) {
        return new PlanBuilder(GUIDE)
                .build(answers, TODAY).in(Urgency.NOW).stream()
                        .map(planned -> planned.step())
                        .toList();
    }

    @Test
    void theFirstPageOfA100By35ScreenHoldsTheNowStepsWholeAndNothingLater() throws Interrupted {
        Screen screen = new Screen(100, 35, "", "", "", "", "", "", "");
        assertThat(page(screen, HUNG_UP_MONEY_LOST)).isEqualTo(PlanPager.Outcome.CONTINUED);
        String first = screen.pages.get(0);
        assertThat(first.lines().count()).as(first).isLessThanOrEqualTo(35 - 1);
        List<Step> now = now(HUNG_UP_MONEY_LOST);
        assertThat(now).extracting(Step::id).containsExactly("call_bank", "block_them");
        for (Step step : now) {
            assertThat(first).contains(step.title().in(Lang.KK));
            String lastHow = step.how().get(step.how().size() - 1).in(Lang.KK);
            assertThat(first.replace("\n", " ").replaceAll(" +", " ")).contains(lastHow.substring(0, 40));
        }
        assertThat(first).contains("START-HERE", "Enter — келесі: Бүгін").doesNotContain("Осы аптада");
        assertThat(screen.pages.get(1)).startsWith("Бүгін");
    }

    @Test
    void backReturnsAPageAndBackOnTheFirstLeavesThePager() throws Interrupted {
        Screen screen = new Screen(100, 35, "", "<", "<", "<");
        assertThat(page(screen, HUNG_UP_MONEY_LOST)).isEqualTo(PlanPager.Outcome.BACK);
        assertThat(screen.pages).hasSize(3);
        assertThat(screen.pages.get(2)).isEqualTo(screen.pages.get(0));
    }

    @Test
    void everyPageFitsItsScreenAndTogetherTheyHoldEveryStep() throws Interrupted {
        Answers all = HUNG_UP_MONEY_LOST
                .with("in_contact", new Answer.YesNo(true))
                .with(
                        "disclosed",
                        new Answer.Choices(Set.of("egov_code", "eds", "bank_code", "remote_app", "password")))
                .with("loans", new Answer.Choice("yes"))
                .with("channel", new Answer.Choice("messenger_call"));
        for (int[] size : new int[][] {{60, 20}, {80, 24}, {100, 35}, {200, 40}}) {
            Screen screen = new Screen(
                    size[0], size[1], "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                    "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "");
            assertThat(page(screen, all)).isEqualTo(PlanPager.Outcome.CONTINUED);
            for (String page : screen.pages) {
                assertThat(page.lines().count())
                        .as(size[0] + "×" + size[1] + ":\n" + page)
                        .isLessThanOrEqualTo(size[1] - 1);
            }
            String everything =
                    screen.pages.stream().collect(Collectors.joining(" ")).replaceAll("\\s+", " ");
            for (var planned : new PlanBuilder(GUIDE).build(all, TODAY).steps()) {
                assertThat(everything)
                        .as(size[0] + "×" + size[1])
                        .contains(planned.step().title().in(Lang.KK));
            }
        }
    }
}
