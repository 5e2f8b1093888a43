package kz.citizensec.qorgan.playbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the facts a text states that must never be invented: web addresses, bare domains
 * (pki.gov.kz), e-mails, phone numbers (short ones like 102 or 1414 only where the words around
 * speak of calling) and law articles (art. 190, статья 190, 190-бап).
 *
 * <p>Hand-written: link finders such as autolink know URLs and e-mails but not bare domains,
 * which is how Kazakh texts usually cite a site, and no library knows Kazakh article forms.
 * The patterns lean towards missing a doubtful case rather than flagging dates, amounts and
 * ranges ("2026-11-20", "150 000", "10–15 days", "24/7").
 */
final class TextFacts {

    enum Kind {
        URL,
        EMAIL,
        DOMAIN,
        PHONE,
        ARTICLE
    }

    /**
     * @param text as written
     * @param value normalised: a link without scheme and www (host lower-cased), an e-mail in
     *     lower case, the digits of a phone number (+7 and 8 numbers as 7XXXXXXXXXX), an article number
     * @param start offset of the fact in the text scanned
     */
    record Fact(Kind kind, String text, String value, int start) {
        /** The domain of a link, a bare domain or an e-mail; empty for other kinds. */
        String host() {
            return switch (kind) {
                case URL, DOMAIN -> value.split("/", 2)[0];
                case EMAIL -> value.substring(value.indexOf('@') + 1);
                default -> "";
            };
        }
    }

    private static final String TLDS = "kz|қаз|ru|рф|com|org|net|info|io|gov|edu|int|me|app|uk|us|ua|kg|uz|by|su"
            + "|biz|online|site|xyz|tj|am|az|ge|de|fr|tr|cn";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?";
    /** A trailing dot, comma, bracket or quote ends the sentence, not the link. */
    private static final String PATH = "(?:/[^\\s<>()\\[\\]\"'«»]*[^\\s<>()\\[\\]\"'«».,;:!?])?/?";

    private static final Pattern URL =
            Pattern.compile("(?i)\\bhttps?://(" + LABEL + "(?:\\." + LABEL + ")*)(?::\\d+)?(" + PATH + ")");
    private static final Pattern EMAIL =
            Pattern.compile("(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]+@(" + LABEL + "(?:\\." + LABEL + ")+)");
    /** A Kazakh case ending may follow with a hyphen: "pki.gov.kz-ке". */
    private static final Pattern DOMAIN = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}@./-])((?:" + LABEL + "\\.)+(?:" + TLDS
            + "))(?![\\p{L}\\p{N}_]|-[a-z0-9]|\\.[\\p{L}\\p{N}])(" + PATH + ")");

    private static final Pattern ARTICLE_BEFORE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:art|arts|article|articles|ст|статья|статьи|статье|статьей|статьёй|статью|статей)"
                    + "\\.?\\s*(\\d+(?:-\\d+)?)");
    private static final Pattern ARTICLE_AFTER = Pattern.compile("(?iu)(?<![\\d-])(\\d+(?:-\\d+)?)\\s*-?\\s*ба[пб]");
    private static final Pattern INTERNATIONAL_PHONE =
            Pattern.compile("(?<![\\p{L}\\p{N}+])\\+\\d[\\d \\u00A0()-]{7,}\\d(?!\\d)");
    private static final Pattern TRUNK_PHONE = Pattern.compile(
            "(?<![\\p{L}\\p{N}+])8[ \\u00A0(-]*7\\d{2}[ \\u00A0)-]*\\d{3}[ \\u00A0-]*\\d{2}[ \\u00A0-]*\\d{2}(?!\\d)");
    private static final Pattern SHORT_NUMBER = Pattern.compile("(?<![\\d*])\\d{3,4}(?![\\d*])");
    /** Words before a short number that make it a phone number: call, dial, line, number, SMS... */
    private static final Pattern PHONE_WORDS_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:call|dial|phone|hotline"
            + "|line|number|sms|ring|звон|позвон|набер|номер|телефон|лини|горяч|смс|контакт|қоңырау|нөмір"
            + "|желі|хабарлас|байланыс)");
    /** Kazakh puts the word after the number ("102 нөміріне қоңырау шалыңыз"); English and Russian rarely do. */
    private static final Pattern PHONE_WORDS_AFTER =
            Pattern.compile("(?iu)(?<![\\p{L}])(?:телефон|қоңырау|нөмір" + "|желі|хабарлас|байланыс)");

    private static final Pattern AMOUNT_AFTER = Pattern.compile(
            "(?iu)^\\s*(?:%|₸|\\$|€|тг|тенге|теңге|tenge|kzt|руб|day|days|hour|hours|күн|сағат|дн|час|мин|min)");
    private static final String JOINERS = ".,/:-–—+#№";

    private TextFacts() {}

    static List<Fact> find(String text) {
        List<Fact> facts = new ArrayList<>();
        char[] masked = text.toCharArray();
        for (Matcher m = URL.matcher(text); m.find(); ) {
            facts.add(new Fact(Kind.URL, m.group(), link(m.group(1), m.group(2)), m.start()));
            mask(masked, m.start(), m.end());
        }
        for (Matcher m = EMAIL.matcher(new String(masked)); m.find(); ) {
            facts.add(new Fact(Kind.EMAIL, m.group(), m.group().toLowerCase(Locale.ROOT), m.start()));
            mask(masked, m.start(), m.end());
        }
        for (Matcher m = DOMAIN.matcher(new String(masked)); m.find(); ) {
            facts.add(new Fact(Kind.DOMAIN, m.group(), link(m.group(1), m.group(2)), m.start()));
            mask(masked, m.start(), m.end());
        }
        for (Pattern article : List.of(ARTICLE_BEFORE, ARTICLE_AFTER)) {
            for (Matcher m = article.matcher(new String(masked)); m.find(); ) {
                facts.add(new Fact(Kind.ARTICLE, m.group(), m.group(1), m.start()));
                mask(masked, m.start(), m.end());
            }
        }
        for (Pattern phone : List.of(INTERNATIONAL_PHONE, TRUNK_PHONE)) {
            for (Matcher m = phone.matcher(new String(masked)); m.find(); ) {
                facts.add(new Fact(Kind.PHONE, m.group(), phoneDigits(m.group()), m.start()));
                mask(masked, m.start(), m.end());
            }
        }
        String rest = new String(masked);
        for (Matcher m = SHORT_NUMBER.matcher(rest); m.find(); ) {
            if (isShortPhone(rest, m.start(), m.end())) {
                facts.add(new Fact(Kind.PHONE, m.group(), m.group(), m.start()));
            }
        }
        facts.sort(Comparator.comparingInt(Fact::start));
        return facts;
    }

    /** The normalised digits of a phone number as a reference writes it. */
    static String phoneDigits(String phone) {
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("8") && !phone.strip().startsWith("+")) {
            return "7" + digits.substring(1);
        }
        return digits;
    }

    /** A link without scheme and www, the host in lower case: "https://www.eGov.kz/" is "egov.kz". */
    static String link(String host, String path) {
        String lower = host.toLowerCase(Locale.ROOT);
        if (lower.startsWith("www.")) {
            lower = lower.substring(4);
        }
        String rest = path == null ? "" : path;
        while (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return lower + rest;
    }

    /** The link of a URL or a bare domain as a reference writes it; empty if it is neither. */
    static Optional<String> linkOf(String value) {
        return find(value.strip()).stream()
                .filter(f -> (f.kind() == Kind.URL || f.kind() == Kind.DOMAIN)
                        && f.text().equals(value.strip()))
                .map(Fact::value)
                .findFirst();
    }

    private static boolean isShortPhone(String text, int start, int end) {
        int number = Integer.parseInt(text.substring(start, end));
        if (end - start == 4 && number >= 1900 && number <= 2099) {
            return false; // a year
        }
        if (joined(text, start - 1, start - 2) || joined(text, end, end + 1)) {
            return false; // 10–15, 24/7, 2026-11-20, 1.5
        }
        if (isDigitOrStar(nonSpace(text, start - 1, -1)) || isDigitOrStar(nonSpace(text, end, 1))) {
            return false; // part of a grouped number: 150 000, **** 1234
        }
        if (AMOUNT_AFTER
                .matcher(text.substring(end, Math.min(text.length(), end + 8)))
                .find()) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', start) + 1;
        int lineEnd = text.indexOf('\n', end);
        int from = Math.max(lineStart, start - 40);
        int to = Math.min(lineEnd < 0 ? text.length() : lineEnd, end + 30);
        return PHONE_WORDS_BEFORE.matcher(text.substring(from, start)).find()
                || PHONE_WORDS_AFTER.matcher(text.substring(end, to)).find();
    }

    /** Whether the character at {@code at} joins a number to a digit at {@code beyond}. */
    private static boolean joined(String text, int at, int beyond) {
        return at >= 0
                && at < text.length()
                && JOINERS.indexOf(text.charAt(at)) >= 0
                && beyond >= 0
                && beyond < text.length()
                && Character.isDigit(text.charAt(beyond));
    }

    private static char nonSpace(String text, int from, int step) {
        int i = from;
        while (i >= 0 && i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i += step;
        }
        return i >= 0 && i < text.length() ? text.charAt(i) : ' ';
    }

    private static boolean isDigitOrStar(char c) {
        return Character.isDigit(c) || c == '*';
    }

    /** Blanks out a found fact so that its digits and dots are not found again as another kind. */
    private static void mask(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            text[i] = ' ';
        }
    }
}
