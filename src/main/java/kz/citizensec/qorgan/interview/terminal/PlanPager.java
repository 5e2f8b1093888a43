package kz.citizensec.qorgan.interview.terminal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import kz.citizensec.qorgan.interview.Event;

/**
 * The action plan on a screen a part at a time, so that nothing scrolls away unread: first the
 * steps to take now, then each later group of steps, then the rest (what was disclosed, the
 * evidence, the contacts) together (see {@link #parts}); a part taller than the screen is cut to
 * its height. Enter shows the next part, named in the hint; {@code <} the one
 * before. Without a screen (a script) the plan is not paged.
 */
final class PlanPager {

    /** A heading of the plan's sections (##) or of a group of steps (###). */
    private static final Pattern SECTION = Pattern.compile("^#{2,3} .*");

    private static final Pattern STEP = Pattern.compile("(?m)^\\s*- \\[[ xX]\\] ");

    private final Console console;
    private final Texts texts;
    private final Commands commands;

    PlanPager(Console console, Texts texts, Commands commands) {
        this.console = console;
        this.texts = texts;
        this.commands = commands;
    }

    /** What the person did at the end: went on, or asked to go back from the first page. */
    enum Outcome {
        CONTINUED,
        BACK
    }

    /** @param whereToStart a line shown above the first page, which makes room for it: the first step to take */
    Outcome show(String markdown, String whereToStart) throws Interrupted {
        List<Line> start = List.of(new Line(Line.Tone.NOTICE, whereToStart));
        List<List<Line>> pages = pages(markdown, height(start));
        int page = 0;
        while (page < pages.size()) {
            if (page == 0) {
                console.show(start);
            }
            console.show(pages.get(page));
            String hint = page + 1 < pages.size()
                    ? texts.get("pager.next", heading(pages.get(page + 1)))
                    : texts.get("pager.end");
            Event event = commands.eventFor(
                    console.read(new Page(List.of(new Line(Line.Tone.HINT, hint)), List.of(), false, false)));
            if (event instanceof Event.Back) {
                if (page == 0) {
                    return Outcome.BACK;
                }
                page--;
            } else {
                page++;
            }
        }
        return Outcome.CONTINUED;
    }

    /**
     * The pages, each as the lines to show; at least one.
     *
     * @param above rows the first page leaves to the line shown above it
     */
    List<List<Line>> pages(String markdown, int above) {
        int rows = rows();
        List<List<Line>> pages = new ArrayList<>();
        for (String part : parts(markdown, text -> height(lines(text)) <= rows - above)) {
            List<Line> page = new ArrayList<>();
            int used = pages.isEmpty() ? above : 0;
            for (Line line : lines(part)) {
                int height = height(List.of(line));
                if (used + height > rows && !page.isEmpty()) {
                    pages.add(page);
                    page = new ArrayList<>();
                    used = 0;
                }
                page.add(line);
                used += height;
            }
            pages.add(page);
        }
        return pages;
    }

    /** Rows for a page: the screen less the hint and the input line. */
    private int rows() {
        return Math.max(5, console.height() - 2);
    }

    private List<Line> lines(String markdown) {
        return new MarkdownLines(console.decorated()).of(markdown);
    }

    private int height(List<Line> lines) {
        return lines.stream()
                .mapToInt(
                        line -> WordWrap.wrap(line.text(), console.width() - 1).size())
                .sum();
    }

    /**
     * The document cut before its headings into parts. The first part is the title and the first
     * group of steps (the steps to take now), with the opening paragraphs when the screen holds
     * them too; each later group of steps is a part; everything else (what was disclosed, the
     * evidence, the contacts) is the last part.
     *
     * @param fits whether a part fits on one screen
     */
    static List<String> parts(String markdown, Predicate<String> fits) {
        List<String> sections = new ArrayList<>();
        StringBuilder section = new StringBuilder();
        for (String line : markdown.split("\n", -1)) {
            if (SECTION.matcher(line).matches() && section.length() > 0) {
                sections.add(section.toString());
                section.setLength(0);
            }
            section.append(line).append('\n');
        }
        sections.add(section.toString());
        List<Integer> withSteps = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            if (STEP.matcher(sections.get(i)).find()) {
                withSteps.add(i);
            }
        }
        if (withSteps.isEmpty()) {
            return List.of(markdown);
        }
        int first = withSteps.get(0);
        int last = withSteps.get(withSteps.size() - 1);
        StringBuilder now = new StringBuilder();
        StringBuilder rest = new StringBuilder();
        // The headings above the first group ("Your steps") stay out: its own heading says it.
        for (int i = 1; i < first; i++) {
            if (sections.get(i).strip().lines().count() > 1) {
                rest.append(sections.get(i));
            }
        }
        now.append(sections.get(first));
        // The opening (title, date, words of comfort) is on the first page as far as the screen allows.
        String opening = sections.get(0);
        String title = opening.lines().findFirst().orElse("") + "\n\n";
        String firstPart =
                fits.test(opening + now) ? opening + now : fits.test(title + now) ? title + now : now.toString();
        // What of the opening the first page has no room for opens the last part, without the
        // title: the first page stands for the document, and the title would name the wrong page.
        if (!firstPart.startsWith(opening)) {
            rest.insert(0, opening.substring(opening.indexOf('\n') + 1));
        }
        List<String> parts = new ArrayList<>();
        parts.add(firstPart);
        for (int i = first + 1; i <= last; i++) {
            parts.add(sections.get(i));
        }
        for (int i = last + 1; i < sections.size(); i++) {
            rest.append(sections.get(i));
        }
        parts.add(rest.toString());
        return parts.stream().filter(part -> !part.isBlank()).toList();
    }

    /** The first heading on a page, to name it in the hint before it; "more" for a page without one. */
    private String heading(List<Line> page) {
        return page.stream()
                .filter(line ->
                        line.tone() == Line.Tone.QUESTION && !line.text().isBlank())
                .findFirst()
                .map(line -> line.text().strip())
                .orElse(texts.get("pager.more"));
    }
}
