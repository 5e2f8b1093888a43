package kz.citizensec.qorgan.answers;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.citizensec.qorgan.core.Iin;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.TypedText;
import kz.citizensec.qorgan.playbook.Answer;
import kz.citizensec.qorgan.playbook.Option;
import kz.citizensec.qorgan.playbook.Question;

/**
 * Turns what a person typed into a checked {@link Answer}, one rule per question type: yes/no
 * (words of the chosen language or English, or 1/2), choices by number ("1 3") or id, dates
 * (YYYY-MM-DD or DD.MM.YYYY, not in the future), amounts (&gt; 0), IIN (check digit), phone
 * (normalised to +7 XXX XXX XX XX), and free text (cleaned by {@link TypedText}). For a text
 * list the items come one per line.
 */
public final class AnswerParser {

    static final String BUNDLE = "kz.citizensec.qorgan.answers.Messages";

    static final int MAX_TEXT = 300;
    static final int MAX_LONG_TEXT = 5000;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");
    /** How far back a date can be: further is a typing mistake, not an incident. */
    private static final int OLDEST_YEARS = 100;

    /** A date as typed: day, month, year with dots, or the answers file's year-month-day. */
    private static final Pattern DOTTED_SHAPE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    private static final Pattern ISO_SHAPE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    /** How dates are shown to the person: as the hints ask them to type one. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.uuuu", Locale.ROOT);
    /** The words for today, yesterday and the day before, by how many days ago. */
    private static final List<String> RELATIVE_DAYS =
            List.of("words.today", "words.yesterday", "words.dayBeforeYesterday");

    /**
     * Every line break that cleaning turns into a line feed ends an item of a text list, so that
     * no item keeps one (an answers file would read it back as two items).
     */
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u2028\u2029\u0085]");

    private static final Pattern CHOICE_SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final Pattern OPTION_NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern IIN_SEPARATORS = Pattern.compile("[\\s\\-]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NON_DIGIT = Pattern.compile("\\D");

    private final Messages messages;
    private final Messages english;
    private final LocalDate today;

    /** @param lang the language of the messages; today: the date after which no date is valid */
    public AnswerParser(Lang lang, LocalDate today) {
        this.messages = Messages.of(BUNDLE, lang);
        this.english = Messages.of(BUNDLE, Lang.EN);
        this.today = today;
    }

    /** Not for group questions: their fields are parsed one by one. */
    public Parsed parse(Question question, String input) {
        String typed = input.strip();
        if (typed.isEmpty() && question.type() != kz.citizensec.qorgan.playbook.QuestionType.TEXT_LIST) {
            return invalid("invalid.empty");
        }
        return switch (question.type()) {
            case YES_NO -> yesNo(typed);
            case SINGLE -> single(question, typed);
            case MULTI -> multi(question, typed);
            case DATE -> date(typed);
            case MONEY -> money(typed);
            case TEXT -> text(input, MAX_TEXT);
            case LONG_TEXT -> text(input, MAX_LONG_TEXT);
            case TEXT_LIST -> textList(input);
            case IIN -> iin(typed);
            case PHONE -> phone(typed);
            case GROUP -> throw new IllegalArgumentException("group " + question.id() + " is asked field by field");
        };
    }

    private Parsed yesNo(String typed) {
        String word = typed.toLowerCase(Locale.ROOT);
        if (word.equals("1") || words("words.yes").contains(word)) {
            return ok(new Answer.YesNo(true));
        }
        if (word.equals("2") || words("words.no").contains(word)) {
            return ok(new Answer.YesNo(false));
        }
        return invalid("invalid.yesNo");
    }

    private Set<String> words(String key) {
        Set<String> words = new LinkedHashSet<>();
        for (Messages bundle : List.of(messages, english)) {
            Arrays.stream(bundle.get(key).split(","))
                    .map(w -> w.strip().toLowerCase(Locale.ROOT))
                    .forEach(words::add);
        }
        return words;
    }

    private Parsed single(Question question, String typed) {
        return option(question, typed)
                .<Parsed>map(option -> ok(new Answer.Choice(option.id())))
                .orElseGet(() -> invalid("invalid.choice", question.options().size()));
    }

    private Parsed multi(Question question, String typed) {
        List<Option> chosen = new ArrayList<>();
        for (String part : CHOICE_SEPARATORS.split(typed)) {
            Optional<Option> option = option(question, part);
            if (option.isEmpty()) {
                return invalid("invalid.choices", question.options().size());
            }
            chosen.add(option.get());
        }
        Optional<Option> exclusive = chosen.stream().filter(Option::exclusive).findFirst();
        if (exclusive.isPresent() && chosen.stream().anyMatch(o -> !o.exclusive())) {
            return invalid("invalid.exclusive", exclusive.get().text().in(messages.lang()));
        }
        // By id, in the guide's order. Not by the Option records' equals: a record's first equals
        // builds its method handles, a cost of its own on the start-up path (bench/README.md).
        Set<String> chosenIds = new HashSet<>();
        chosen.forEach(o -> chosenIds.add(o.id()));
        Set<String> ids = new LinkedHashSet<>();
        question.options().stream().map(Option::id).filter(chosenIds::contains).forEach(ids::add);
        return ok(new Answer.Choices(ids));
    }

    /** An option by its number (1-based), its id, or its label in the chosen language. */
    private Optional<Option> option(Question question, String typed) {
        List<Option> options = question.options();
        if (OPTION_NUMBER.matcher(typed).matches()) {
            int number = Integer.parseInt(typed);
            return number >= 1 && number <= options.size() ? Optional.of(options.get(number - 1)) : Optional.empty();
        }
        return options.stream()
                .filter(o -> o.id().equalsIgnoreCase(typed)
                        || o.text().in(messages.lang()).equalsIgnoreCase(typed))
                .findFirst();
    }

    Parsed date(String typed) {
        Optional<LocalDate> relative = relativeDate(typed.toLowerCase(Locale.ROOT));
        LocalDate date;
        if (relative.isPresent()) {
            date = relative.get();
        } else {
            Matcher dotted = DOTTED_SHAPE.matcher(typed);
            Matcher iso = ISO_SHAPE.matcher(typed);
            try {
                if (dotted.matches()) {
                    date = LocalDate.of(
                            Integer.parseInt(dotted.group(3)),
                            Integer.parseInt(dotted.group(2)),
                            Integer.parseInt(dotted.group(1)));
                } else if (iso.matches()) {
                    date = LocalDate.of(
                            Integer.parseInt(iso.group(1)),
                            Integer.parseInt(iso.group(2)),
                            Integer.parseInt(iso.group(3)));
                } else {
                    return invalid("invalid.date", SHOWN.format(today));
                }
            } catch (DateTimeException e) {
                return invalid("invalid.noSuchDate", typed);
            }
        }
        if (date.isAfter(today)) {
            return invalid("invalid.dateFuture", SHOWN.format(date), SHOWN.format(today));
        }
        // Not a rule of any law: a date a hundred years back is a typing mistake (0001-01-01).
        if (date.isBefore(today.minusYears(OLDEST_YEARS))) {
            return invalid(
                    "invalid.datePast",
                    date.toString(),
                    today.minusYears(OLDEST_YEARS).toString());
        }
        return ok(new Answer.Date(date));
    }

    /** "today", "yesterday", "the day before yesterday", in the chosen language or English. */
    private Optional<LocalDate> relativeDate(String word) {
        for (int daysAgo = 0; daysAgo < RELATIVE_DAYS.size(); daysAgo++) {
            if (words(RELATIVE_DAYS.get(daysAgo)).contains(word)) {
                return Optional.of(today.minusDays(daysAgo));
            }
        }
        return Optional.empty();
    }

    Parsed money(String typed) {
        Optional<BigDecimal> amount = Amounts.parse(typed);
        if (amount.isEmpty()
                || amount.get().signum() <= 0
                || amount.get().compareTo(MAX_AMOUNT) >= 0
                || amount.get().scale() > 2) {
            return invalid("invalid.money");
        }
        return ok(new Answer.Money(amount.get()));
    }

    private Parsed text(String input, int maxLength) {
        TypedText.Cleaned cleaned = TypedText.clean(input.strip());
        // Stripped again: removing a control character can uncover spaces that an answers file would lose.
        String kept = cleaned.text().strip();
        if (kept.isEmpty()) {
            return invalid("invalid.empty");
        }
        if (kept.length() > maxLength) {
            return invalid("invalid.tooLong", maxLength);
        }
        return new Parsed.Ok(new Answer.Text(kept), notices(List.of(cleaned)));
    }

    private Parsed textList(String input) {
        List<String> items = new ArrayList<>();
        List<TypedText.Cleaned> cleanedItems = new ArrayList<>();
        for (String line : LINE_BREAK.split(input)) {
            TypedText.Cleaned cleaned = TypedText.clean(line.strip());
            if (!cleaned.text().isBlank()) {
                if (cleaned.text().length() > MAX_TEXT) {
                    return invalid("invalid.tooLong", MAX_TEXT);
                }
                items.add(cleaned.text().strip());
                cleanedItems.add(cleaned);
            }
        }
        if (items.isEmpty()) {
            return invalid("invalid.empty");
        }
        return new Parsed.Ok(new Answer.TextList(items), notices(cleanedItems));
    }

    private Parsed iin(String typed) {
        String digits = IIN_SEPARATORS.matcher(typed).replaceAll("");
        if (!DIGITS.matcher(digits).matches() || digits.length() != Iin.LENGTH) {
            return invalid(
                    "invalid.iinLength",
                    NON_DIGIT.matcher(digits).replaceAll("").length());
        }
        if (!Iin.checkDigitValid(digits)) {
            return invalid("invalid.iinCheck");
        }
        if (!Iin.birthDatePlausible(digits, today)) {
            return invalid("invalid.iinBirthDate");
        }
        return ok(new Answer.Text(digits));
    }

    private Parsed phone(String typed) {
        return PhoneNumber.normalise(typed)
                .<Parsed>map(number -> ok(new Answer.Text(number)))
                .orElseGet(() -> invalid("invalid.phone"));
    }

    private List<String> notices(List<TypedText.Cleaned> cleaned) {
        List<String> notices = new ArrayList<>();
        if (cleaned.stream().anyMatch(c -> c.maskedCards() > 0)) {
            notices.add(messages.get("notice.card"));
        }
        if (cleaned.stream().anyMatch(c -> c.maskedSecrets() > 0)) {
            notices.add(messages.get("notice.secret"));
        }
        return notices;
    }

    private static Parsed ok(Answer answer) {
        return new Parsed.Ok(answer, List.of());
    }

    private Parsed invalid(String key, Object... args) {
        return new Parsed.Invalid(messages.get(key, args));
    }
}
