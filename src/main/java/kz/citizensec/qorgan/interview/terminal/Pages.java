package kz.citizensec.qorgan.interview.terminal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.citizensec.qorgan.interview.Note;
import kz.citizensec.qorgan.interview.Progress;
import kz.citizensec.qorgan.interview.Screen;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.LocalizedText;
import kz.citizensec.qorgan.playbook.Question;
import kz.citizensec.qorgan.playbook.QuestionType;
import kz.citizensec.qorgan.playbook.Step;

/** Words each screen of the engine as a page, in one language, plain or decorated. */
final class Pages {

    /** The widest a box is drawn: wider lines are harder to read. */
    private static final int MAX_BOX_WIDTH = 68;

    private final Texts texts;
    private final Commands commands;
    private final boolean decorated;
    private final boolean arrows;
    private final int boxWidth;

    /** @param width the console's columns: a box is drawn within them */
    Pages(Texts texts, Commands commands, boolean decorated, boolean arrows, int width) {
        this.texts = texts;
        this.commands = commands;
        this.decorated = decorated;
        this.arrows = arrows;
        this.boxWidth = Math.max(20, Math.min(MAX_BOX_WIDTH, width - 5));
    }

    /** @param repeat the previous page was this same prompt: show what is new, not all again */
    Page of(Screen screen, boolean repeat) {
        List<Line> lines = notes(screen.notes());
        if (screen instanceof Screen.Ask ask) {
            Question q = ask.question();
            if (!repeat) {
                lines.add(progress(ask.progress()));
                lines.add(new Line(Line.Tone.QUESTION, texts.of(q.text())));
                hints(lines, q, ask.current());
            }
            return new Page(lines, options(q), q.type() == QuestionType.MULTI, repeat, chosen(q, ask.current()));
        }
        if (screen instanceof Screen.AskField field) {
            Question f = field.field();
            if (!repeat) {
                lines.add(progress(field.progress()));
                if (field.group().fields().indexOf(f) == 0) {
                    lines.add(
                            new Line(Line.Tone.QUESTION, texts.of(field.group().text())));
                }
                lines.add(new Line(
                        Line.Tone.QUESTION, texts.get("group.item", field.item()) + " · " + texts.of(f.text())));
                hints(lines, f, field.current());
            }
            return new Page(lines, options(f), f.type() == QuestionType.MULTI, repeat);
        }
        if (screen instanceof Screen.AskAnother another) {
            if (!repeat) {
                String listed = another.items().stream()
                        .map(item -> texts.item(another.group(), item))
                        .collect(Collectors.joining(" | "));
                lines.add(new Line(Line.Tone.HINT, texts.get("group.sofar", listed)));
                lines.add(new Line(Line.Tone.QUESTION, texts.get("group.another")));
            }
            return new Page(lines, List.of(texts.get("yes"), texts.get("no")), false, repeat);
        }
        if (screen instanceof Screen.AskListItem list) {
            Question q = list.question();
            if (!repeat) {
                lines.add(progress(list.progress()));
                lines.add(new Line(Line.Tone.QUESTION, texts.of(q.text())));
                q.hintText().ifPresent(h -> lines.add(new Line(Line.Tone.HINT, texts.of(h))));
                lines.add(new Line(Line.Tone.HINT, texts.get("list.hint")));
            }
            if (!list.items().isEmpty()) {
                lines.add(new Line(Line.Tone.HINT, texts.get("list.sofar", String.join("; ", list.items()))));
            }
            return new Page(lines, List.of(), false, repeat);
        }
        if (screen instanceof Screen.ShowPlan) {
            return new Page(lines, List.of(), false, repeat);
        }
        if (screen instanceof Screen.ShowAlert alert) {
            if (!repeat) {
                alert(
                        lines,
                        texts.of(alert.alert().title()),
                        texts.of(alert.alert().text()));
                lines.add(new Line(Line.Tone.HINT, texts.get("alert.continue")));
            }
            return new Page(lines, List.of(), false, repeat);
        }
        Screen.Review review = (Screen.Review) screen;
        if (!repeat) {
            lines.add(rule(texts.get("review.title")));
            List<Screen.Reviewed> items = review.items();
            for (int i = 0; i < items.size(); i++) {
                Screen.Reviewed item = items.get(i);
                String answer =
                        item.answer().map(a -> texts.answer(item.question(), a)).orElse(texts.get("review.skipped"));
                lines.add(new Line(
                        Line.Tone.OPTION,
                        String.format(
                                "%3d  %s — %s", i + 1, texts.of(item.question().text()), answer)));
            }
        }
        lines.add(new Line(Line.Tone.HINT, texts.get("review.hint")));
        return new Page(lines, List.of(), false, repeat);
    }

    /** The answers as a list, shown when the interview is over. */
    List<Line> summary(List<Screen.Reviewed> answered) {
        List<Line> lines = new ArrayList<>();
        lines.add(rule(texts.get("summary.title")));
        for (Screen.Reviewed item : answered) {
            item.answer()
                    .ifPresent(a -> lines.add(Line.text(
                            "- " + texts.of(item.question().text()) + " — " + texts.answer(item.question(), a))));
        }
        return lines;
    }

    private void hints(List<Line> lines, Question q, Optional<Answer> current) {
        q.hintText().ifPresent(h -> lines.add(new Line(Line.Tone.HINT, texts.of(h))));
        if (q.type() == QuestionType.MULTI) {
            lines.add(new Line(Line.Tone.HINT, texts.get(arrows ? "hint.arrows.multi" : "hint.multi")));
        } else if (q.type() == QuestionType.SINGLE || q.type() == QuestionType.YES_NO) {
            lines.add(new Line(Line.Tone.HINT, texts.get(arrows ? "hint.arrows.single" : "hint.single")));
        }
        if (q.optional() && current.isEmpty()) {
            lines.add(new Line(Line.Tone.HINT, texts.get("hint.optional")));
        }
        current.ifPresent(a -> lines.add(new Line(Line.Tone.HINT, texts.get("current", texts.answer(q, a)))));
    }

    /** The numbers of the options a multiple choice holds now. */
    private static List<Integer> chosen(Question q, Optional<Answer> current) {
        if (q.type() != QuestionType.MULTI || current.isEmpty()) {
            return List.of();
        }
        java.util.Set<String> ids = current.get().choiceIds();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            if (ids.contains(q.options().get(i).id())) {
                numbers.add(i + 1);
            }
        }
        return numbers;
    }

    private List<String> options(Question q) {
        if (q.type() == QuestionType.YES_NO) {
            return List.of(texts.get("yes"), texts.get("no"));
        }
        return q.options().stream().map(o -> texts.of(o.text())).toList();
    }

    private Line progress(Progress progress) {
        return rule(texts.get("progress", progress.current(), progress.total()));
    }

    /** A heading line: a rule around it when decorated, the bare words for screen readers. */
    private Line rule(String text) {
        if (!decorated) {
            return new Line(Line.Tone.PROGRESS, text);
        }
        return new Line(Line.Tone.PROGRESS, "── " + text + " " + "─".repeat(Math.max(3, 40 - text.length())));
    }

    private void alert(List<Line> lines, String title, String text) {
        if (!decorated) {
            lines.add(new Line(Line.Tone.ALERT, texts.get("alert.label") + ": " + title));
            lines.add(new Line(Line.Tone.ALERT, text));
            return;
        }
        lines.add(new Line(Line.Tone.ALERT, "┏" + "━".repeat(boxWidth + 2) + "┓"));
        List<String> body =
                new ArrayList<>(WordWrap.wrap(title.toUpperCase(texts.lang().locale()), boxWidth));
        body.add("");
        body.addAll(WordWrap.wrap(text, boxWidth));
        for (String row : body) {
            // Padded by columns, not characters: a wide character takes two.
            lines.add(new Line(
                    Line.Tone.ALERT, "┃ " + row + " ".repeat(Math.max(0, boxWidth - WordWrap.columns(row))) + " ┃"));
        }
        lines.add(new Line(Line.Tone.ALERT, "┗" + "━".repeat(boxWidth + 2) + "┛"));
    }

    /**
     * The urgent steps as the plan shows them (a box to tick, why, how), under a heading that
     * stands out, so that the person can act before the next question.
     */
    private void doNow(List<Line> lines, Note.DoNow now) {
        lines.add(new Line(
                Line.Tone.ALERT,
                decorated
                        ? "━━ " + texts.get("now.title") + " "
                                + "━"
                                        .repeat(Math.max(
                                                3,
                                                boxWidth
                                                        - texts.get("now.title").length()))
                        : texts.get("now.title") + ":"));
        StringBuilder markdown = new StringBuilder();
        for (Step step : now.steps()) {
            markdown.append("- [ ] **")
                    .append(texts.of(step.title()))
                    .append(".** ")
                    .append(texts.of(step.why()))
                    .append('\n');
            for (LocalizedText how : step.how()) {
                markdown.append("  - ").append(texts.of(how)).append('\n');
            }
        }
        lines.addAll(new MarkdownLines(decorated).of(markdown.toString()));
        lines.add(new Line(Line.Tone.HINT, texts.get("now.then")));
        lines.add(Line.text(""));
    }

    private List<Line> notes(List<Note> notes) {
        List<Line> lines = new ArrayList<>();
        for (Note note : notes) {
            if (note instanceof Note.DoNow now) {
                doNow(lines, now);
            } else if (note instanceof Note.Invalid invalid) {
                lines.add(new Line(Line.Tone.ERROR, invalid.message()));
            } else if (note instanceof Note.Changed changed) {
                lines.add(new Line(Line.Tone.NOTICE, changed.message()));
            } else if (note instanceof Note.Help help) {
                lines.add(Line.text(
                        help.text().map(t -> texts.get("help", texts.of(t))).orElse(texts.get("help.none"))));
                lines.add(new Line(Line.Tone.HINT, commands.summary()));
            } else if (note instanceof Note.CannotSkip cannot) {
                lines.add(new Line(
                        Line.Tone.ERROR,
                        cannot.why()
                                .map(t -> texts.get("cannotSkip.why", texts.of(t)))
                                .orElse(texts.get("cannotSkip"))));
            } else if (note instanceof Note.AnswerNeeded) {
                lines.add(new Line(Line.Tone.ERROR, texts.get("answerNeeded", commands.helpSymbol())));
            } else if (note instanceof Note.NothingBefore) {
                lines.add(new Line(Line.Tone.ERROR, texts.get("nothingBefore")));
            } else if (note instanceof Note.NotAnItem notAnItem) {
                lines.add(new Line(Line.Tone.ERROR, texts.get("notAnItem", notAnItem.items())));
            } else if (note instanceof Note.Dropped dropped) {
                lines.add(new Line(
                        Line.Tone.NOTICE,
                        texts.get(
                                "dropped",
                                dropped.questions().stream()
                                        .map(q -> texts.of(q.text()))
                                        .collect(Collectors.joining("; ")))));
            }
        }
        return lines;
    }
}
