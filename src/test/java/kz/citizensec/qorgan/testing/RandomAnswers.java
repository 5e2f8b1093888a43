package kz.citizensec.qorgan.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import kz.citizensec.qorgan.answers.AnswerParser;
import kz.citizensec.qorgan.answers.AnswersDocument;
import kz.citizensec.qorgan.answers.AnswersFile;
import kz.citizensec.qorgan.answers.Parsed;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.AnswerSpace;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.Option;
import kz.citizensec.qorgan.playbook.Question;

/**
 * Random valid answers to any guide, as a person could give them: the guide's questions are
 * walked as the interview asks them ({@link AnswerSpace#walk}: a question whose {@code when} does
 * not hold over the answers so far is not asked), knowing no question id. Each asked question
 * gets a random answer of its type (an optional one is sometimes skipped); typed text is hostile
 * and goes through {@link AnswerParser}, as the interview's would. The case shows the answers as
 * an answers file, to replay with {@code qorgan plan --answers FILE}.
 */
public final class RandomAnswers {

    /** How often an optional question is left unanswered. */
    private static final double SKIP = 0.25;
    /** Typed text is typed again when it cleans to nothing; a parser that takes nothing fails the case. */
    private static final int MAX_ATTEMPTS = 100;

    private static final String ANSWERS_FILE = "answers file (qorgan plan --answers FILE)";

    private final Guide guide;
    private final LocalDate today;
    private final AnswerParser parser;
    private final AnswersFile answersFile;

    private RandomAnswers(Guide guide, LocalDate today) {
        this.guide = guide;
        this.today = today;
        this.parser = new AnswerParser(Lang.EN, today);
        this.answersFile = new AnswersFile(guide, Lang.EN, today);
    }

    /** @param today the last valid date: no answer is later */
    public static RandomAnswers forGuide(Guide guide, LocalDate today) {
        return new RandomAnswers(guide, today);
    }

    /** Random answers, shown as an answers file if the case fails. */
    public Answers answers(Case c) {
        Answers answers = walk(c);
        c.show(ANSWERS_FILE, () -> answersFile(new AnswersDocument(Optional.empty(), Optional.empty(), answers)));
        return answers;
    }

    /** Random answers with a random language and report language, shown together as an answers file. */
    public AnswersDocument document(Case c) {
        AnswersDocument document =
                new AnswersDocument(Optional.of(c.pick(guide.langs())), Optional.of(c.pick(guide.langs())), walk(c));
        c.show(ANSWERS_FILE, () -> answersFile(document));
        return document;
    }

    /**
     * An answers file made wrong, line by line, one to three times: the story made hostile with a
     * card number in it, a value replaced with hostile text, a key added or removed, something
     * inserted that breaks the YAML (a tab, a quote, a bracket, an anchor, a second document).
     *
     * @param planted receives the digits of each card number written into the file
     */
    public static String mutatedFile(Case c, String answersFile, List<String> planted) {
        List<String> lines = new ArrayList<>(answersFile.lines().toList());
        // Each planted card by the line that holds it: a later mutation inside that line (": " in
        // the middle of a group of digits) makes it no longer a card as people write them.
        Map<String, String> cardsByLine = new LinkedHashMap<>();
        for (int operations = c.between(1, 3); operations > 0; operations--) {
            int line = c.between(0, lines.size() - 1);
            String current = lines.get(line);
            int colon = current.indexOf(": ");
            switch (c.between(1, 6)) {
                case 1, 2 -> {
                    RandomText.Card card = RandomText.card(c);
                    lines.removeIf(l -> l.startsWith("  story:"));
                    String story = "  story: "
                            + TestAnswers.yamlQuoted(
                                    RandomText.typed(c, 40) + " " + card.written() + " " + RandomText.typed(c, 20));
                    lines.add(story);
                    cardsByLine.put(story, card.digits());
                }
                case 3 -> {
                    if (colon > 0) {
                        String value = RandomText.typed(c, 40);
                        lines.set(
                                line,
                                current.substring(0, colon + 2)
                                        + (c.chance(0.5) ? TestAnswers.yamlQuoted(value) : value.replace("\n", " ")));
                    }
                }
                case 4 ->
                    lines.add(
                            line,
                            "  " + TestAnswers.yamlQuoted(RandomText.typed(c, 20)) + ": "
                                    + TestAnswers.yamlQuoted(RandomText.typed(c, 20)));
                case 5 -> lines.remove(line);
                default -> {
                    int at = c.between(0, current.length());
                    if (at > 0 && at < current.length() && Character.isLowSurrogate(current.charAt(at))) {
                        at--; // never between the halves of one character: no file holds a lone surrogate
                    }
                    lines.set(
                            line,
                            current.substring(0, at)
                                    + c.pick(
                                            "\t", "\"", "[", "{", "&a ", "*a", "\n---\n", ": ", "\u0000", "- ",
                                            "\uFFFE", "'")
                                    + current.substring(at));
                }
            }
            if (lines.isEmpty()) {
                lines.add("answers: {}");
            }
        }
        cardsByLine.forEach((line, digits) -> {
            if (lines.contains(line)) {
                planted.add(digits);
            }
        });
        return String.join("\n", lines) + "\n";
    }

    /** The text of the answers file that holds these answers. */
    public String answersFile(AnswersDocument document) {
        return answersFile.toYaml(document);
    }

    private Answers walk(Case c) {
        Answers[] walked = {Answers.NONE};
        AnswerSpace.walk(
                guide.questions(),
                (question, before) -> List.of(new AnswerSpace.Branch(answer(question, c), 1)),
                (answers, weight) -> {
                    walked[0] = answers;
                    return false;
                });
        return walked[0];
    }

    private Optional<Answer> answer(Question question, Case c) {
        return question.optional() && c.chance(SKIP) ? Optional.empty() : Optional.of(value(question, c));
    }

    private Answer value(Question question, Case c) {
        return switch (question.type()) {
            case YES_NO -> new Answer.YesNo(c.chance(0.5));
            case SINGLE -> new Answer.Choice(c.pick(question.options()).id());
            case MULTI -> new Answer.Choices(choices(question, c));
            case DATE -> new Answer.Date(RandomValues.date(c, today));
            case MONEY -> new Answer.Money(RandomValues.amount(c));
            case IIN -> new Answer.Text(RandomValues.iin(c));
            case PHONE -> new Answer.Text(RandomValues.phone(c));
            case TEXT -> typed(question, c, 300);
            case LONG_TEXT -> typed(question, c, 5000);
            case TEXT_LIST -> typedList(question, c);
            case GROUP -> group(question, c);
        };
    }

    /**
     * An exclusive option alone now and then; otherwise some ordinary options, few or many, in the
     * guide's order as the interview keeps them.
     */
    private static Set<String> choices(Question question, Case c) {
        List<Option> exclusive =
                question.options().stream().filter(Option::exclusive).toList();
        List<Option> ordinary =
                question.options().stream().filter(o -> !o.exclusive()).toList();
        if (ordinary.isEmpty() || !exclusive.isEmpty() && c.chance(0.2)) {
            return Set.of(c.pick(exclusive).id());
        }
        double density = c.chance(0.5) ? 0.2 : c.chance(0.5) ? 0.5 : 0.9;
        Set<String> chosen = new LinkedHashSet<>();
        Option one = c.pick(ordinary);
        for (Option option : ordinary) {
            if (option == one || c.chance(density)) {
                chosen.add(option.id());
            }
        }
        return chosen;
    }

    /** Hostile typed text as the parser keeps it; text that cleans to nothing is typed again. */
    private Answer typed(Question question, Case c, int maxLength) {
        return parsed(question, () -> RandomText.typed(c, maxLength));
    }

    /** One to four lines, as a text list is typed. */
    private Answer typedList(Question question, Case c) {
        return parsed(question, () -> {
            List<String> lines = new ArrayList<>();
            for (int i = c.between(1, 4); i > 0; i--) {
                lines.add(RandomText.typed(c, 300));
            }
            return String.join("\n", lines);
        });
    }

    private Answer parsed(Question question, Supplier<String> typing) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (parser.parse(question, typing.get()) instanceof Parsed.Ok ok) {
                return ok.answer();
            }
        }
        throw new IllegalStateException(
                "the parser took none of " + MAX_ATTEMPTS + " typed answers to " + question.id());
    }

    /** None to four items, each with its required fields and some of its optional ones. */
    private Answer group(Question question, Case c) {
        List<Map<String, Answer>> items = new ArrayList<>();
        for (int i = c.between(0, 4); i > 0; i--) {
            Map<String, Answer> item = new LinkedHashMap<>();
            for (Question field : question.fields()) {
                answer(field, c).ifPresent(answer -> item.put(field.id(), answer));
            }
            items.add(item);
        }
        return new Answer.Group(items);
    }
}
