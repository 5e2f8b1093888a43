package kz.citizensec.qorgan.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks the secret a person wrote beside the word for it: "код из смс 123456", "password is
 * qwerty", "коды 1234 и 5678", "код: 4 3 2 1", "123456 деген кодты". The tool must never keep a
 * code or a password, even one typed by mistake into a story. The grammar, small on purpose:
 * <pre>
 *   phrase   = keyword filler* codes | code [деген] keyword
 *   keyword  = a word for a code (code, OTP, PIN, CVV, код, kod, ...) or for a password
 *              (password, пароль, parol, құпиясөз, kupiya soz, ...), in kk, ru, en or Latin letters;
 *              a word of its own, or the end of a longer one (mypassword, smskod)
 *   filler   = ":" | "=" | "-" | "—" | is | was | это | был | из смс | from sms | мынау | ...
 *   codes    = code (("," | "/" | ";" | и | and | or | или | және | мен | немесе)? code)*
 *   code     = a token with a digit (not a date, a year, nor 1414, the eGov sender), digits spaced
 *              out ("4 3 2 1"); for a password also a word in Latin letters after a Cyrillic
 *              keyword, after "is"/"это" (but a word such as "changed"), or anything after ":"/"="
 * </pre>
 * Each code becomes {@code ****}, so masking masked text changes nothing.
 */
public final class SecretPhrases {

    /**
     * @param text the text with the secrets masked
     * @param masked how many secrets were masked
     */
    public record Masked(String text, int masked) {}

    static final String MASK = "****";

    private enum Kind {
        CODE,
        PASSWORD
    }

    private static final String CODE_WORDS = "codes?|passcodes?|otp|pin(?:[- ]?codes?)?|cvv2?|cvc2?"
            + "|(?:смс-?)?код(?!екс|ир|ер)\\p{L}*|пин(?:-?код\\p{L}*)?|kod(?!eks|ir)\\p{L}*";
    private static final String PASSWORD_WORDS = "passwords?|passwd|парол\\p{L}*|parol\\p{L}*"
            + "|құпия\\s?сөз\\p{L}*|(?:kupiya|qupiya|qupia|kupia)\\s?s[oö]z\\p{L}*";

    /** The words for a code that may end a longer word ("smskod", "ОхPIN"): without an ending, so that "Skoda" is none. */
    private static final String BARE_CODE_WORDS = "codes?|otp|pin|cvv2?|cvc2?|код|kod";

    /**
     * A keyword standing as a word of its own, or ending a longer one: a word for a password
     * whatever comes before it ("mypassword: hunter2", "Rпароль=qwerty", typed text glued to the
     * keyword), a word for a code in its bare form.
     */
    private static final Pattern KEYWORD = Pattern.compile("(?iU)(?:(?<![\\p{L}\\p{N}])(?:(?<password>" + PASSWORD_WORDS
            + ")|(?<code>" + CODE_WORDS + "))" + "|(?<gluedPassword>" + PASSWORD_WORDS + ")|(?<gluedCode>"
            + BARE_CODE_WORDS + "))(?![\\p{L}\\p{N}])");

    /** Words that may stand between the keyword and the secret ("код из смс 123456", "password is"). */
    private static final Set<String> FILLERS = Set.of(
            "is",
            "was",
            "are",
            "were",
            "from",
            "in",
            "via",
            "sms",
            "message",
            "это",
            "был",
            "была",
            "было",
            "были",
            "вот",
            "такой",
            "из",
            "с",
            "со",
            "от",
            "в",
            "по",
            "смс",
            "sms-ки",
            "смски",
            "смс-ки",
            "сообщения",
            "пришёл",
            "пришел",
            "пришла",
            "мынау",
            "мынадай",
            "бұл",
            "келді",
            "смс-тен",
            "смстен");

    /** The words that say the secret is given ("is", "это"): after them a password may be any word. */
    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were", "это", "был", "была", "было", "были");

    /** Words that say something about a password rather than being one ("the password is changed"). */
    private static final Set<String> NOT_A_PASSWORD = Set.of(
            "a",
            "an",
            "the",
            "my",
            "not",
            "also",
            "now",
            "still",
            "too",
            "very",
            "same",
            "different",
            "changed",
            "reset",
            "stolen",
            "wrong",
            "correct",
            "incorrect",
            "invalid",
            "weak",
            "strong",
            "old",
            "new",
            "known",
            "leaked",
            "hacked",
            "compromised",
            "expired",
            "blocked",
            "locked",
            "required",
            "needed",
            "sent",
            "asked",
            "given",
            "taken",
            "lost",
            "simple",
            "easy",
            "short",
            "long");

    /** Between two codes: a comma, a slash, "и", "and", "және", ... or only a space. */
    private static final Pattern JOINER =
            Pattern.compile("(?iU)\\s*[,;/]\\s*|\\s+(?:и|and|or|или|және|мен|немесе|также|i|ili|zhane|jane)\\s+|\\s+");

    /** Digits spaced out one or two at a time: "4 3 2 1", "12 34 56". */
    private static final Pattern SPACED_DIGITS = Pattern.compile("(?U)\\d{1,2}(?:[ \\-]\\d{1,2})+(?![\\p{L}\\d])");

    /** A code written before its keyword: "123456 кодын айттым", "1234 деген код". */
    private static final Pattern CODE_BEFORE =
            Pattern.compile("(?iU)(?<![\\p{L}\\p{N}*])(\\d[\\d\\-]{2,})(\\s+(?:деген|degen)|\\s*[—-])?\\s+$");

    private static final Pattern DATE_OR_YEAR =
            Pattern.compile("(?U)\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|(?:19|20)\\d\\d");
    /** The eGov's SMS sender, named in stories ("код с 1414", "1414-тен"): public, not a secret. */
    private static final Pattern EGOV_SENDER = Pattern.compile("(?U)1414(?:-?\\p{L}+)?");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("(?U)[.»\")\\]]+$");

    private SecretPhrases() {}

    public static Masked mask(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher keyword = KEYWORD.matcher(text);
        // Keywords may overlap: the ending of one ("парольқұпия", a word with its suffix) may begin another.
        for (int from = 0; from < text.length() && keyword.find(from); from = keyword.start() + 1) {
            Kind kind = keyword.group("password") != null || keyword.group("gluedPassword") != null
                    ? Kind.PASSWORD
                    : Kind.CODE;
            boolean cyrillic = keyword.group()
                    .codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
            codeBefore(text, keyword.start()).ifPresent(spans::add);
            spans.addAll(codesAfter(text, keyword.end(), kind, cyrillic));
        }
        if (spans.isEmpty()) {
            return new Masked(text, 0);
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        StringBuilder out = new StringBuilder();
        int at = 0;
        int masked = 0;
        for (int[] span : spans) {
            if (span[0] < at) {
                continue;
            }
            out.append(text, at, span[0]).append(MASK);
            at = span[1];
            masked++;
        }
        return new Masked(out.append(text.substring(at)).toString(), masked);
    }

    private static java.util.Optional<int[]> codeBefore(String text, int keywordStart) {
        int from = Math.max(0, keywordStart - 40);
        Matcher before = CODE_BEFORE.matcher(text.substring(from, keywordStart));
        if (before.find() && isCodeWithDigit(before.group(1))) {
            return java.util.Optional.of(new int[] {from + before.start(1), from + before.end(1)});
        }
        return java.util.Optional.empty();
    }

    /** The codes after a keyword ending at {@code at}: fillers skipped, then one code after another. */
    private static List<int[]> codesAfter(String text, int at, Kind kind, boolean cyrillicKeyword) {
        boolean assigned = false;
        boolean copula = false;
        for (int fillers = 0; fillers < 4; fillers++) {
            int next = skipSpaces(text, at);
            if (next < text.length() && ":=—–-".indexOf(text.charAt(next)) >= 0) {
                assigned |= text.charAt(next) == ':' || text.charAt(next) == '=';
                at = next + 1;
                continue;
            }
            String word = word(text, next);
            String lower = word.toLowerCase(Locale.ROOT);
            if (next > at && FILLERS.contains(lower)) {
                copula |= COPULAS.contains(lower);
                at = next + word.length();
                continue;
            }
            break;
        }
        List<int[]> codes = new ArrayList<>();
        int end = codeEnd(text, skipSpaces(text, at), kind, cyrillicKeyword, assigned, copula);
        while (end >= 0) {
            codes.add(new int[] {skipSpaces(text, at), end});
            Matcher joiner = JOINER.matcher(text).region(end, text.length());
            if (!joiner.lookingAt() || joiner.end() == end) {
                break;
            }
            at = joiner.end();
            // A second code is one with digits ("коды 1234 и 5678"); a second word is not a second password.
            end = codeEnd(text, at, Kind.CODE, false, false, false);
        }
        return codes;
    }

    /** Where the code starting at {@code start} ends, or -1 when what stands there is no secret. */
    private static int codeEnd(
            String text, int start, Kind kind, boolean cyrillicKeyword, boolean assigned, boolean afterCopula) {
        if (start >= text.length()) {
            return -1;
        }
        Matcher spaced = SPACED_DIGITS.matcher(text).region(start, text.length());
        if (spaced.lookingAt()
                && spaced.group().replaceAll("\\D", "").length() >= 3
                && !DATE_OR_YEAR.matcher(spaced.group()).matches()) {
            return spaced.end();
        }
        int end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && ",;".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String token = text.substring(start, end);
        Matcher punctuation = TRAILING_PUNCTUATION.matcher(token);
        if (punctuation.find()) {
            token = token.substring(0, punctuation.start());
            end = start + token.length();
        }
        if (token.isEmpty() || token.chars().allMatch(c -> c == '*')) {
            return -1;
        }
        if (token.codePoints().anyMatch(Character::isDigit)) {
            return isCodeWithDigit(token) ? end : -1;
        }
        if (kind == Kind.CODE) {
            return -1;
        }
        boolean cyrillicToken =
                token.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        boolean symbols = token.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c) && c != '-');
        if (assigned || symbols) {
            return end;
        }
        if (cyrillicToken) {
            return -1;
        }
        if (cyrillicKeyword) {
            return end;
        }
        return afterCopula && !NOT_A_PASSWORD.contains(token.toLowerCase(Locale.ROOT)) ? end : -1;
    }

    /** A token with a digit that could be a code: three characters or more, not a date, a year or 1414. */
    private static boolean isCodeWithDigit(String token) {
        return token.length() >= 3
                && token.codePoints().anyMatch(Character::isDigit)
                && !DATE_OR_YEAR.matcher(token).matches()
                && !EGOV_SENDER.matcher(token).matches();
    }

    private static int skipSpaces(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The word (letters, digits, dashes) at {@code at}. */
    private static String word(String text, int at) {
        int end = at;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '-')) {
            end++;
        }
        return text.substring(at, end);
    }
}
