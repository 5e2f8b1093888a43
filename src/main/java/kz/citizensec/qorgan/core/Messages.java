package kz.citizensec.qorgan.core;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up user-visible strings in one resource bundle, in one language. Each stage keeps its own
 * bundle ({@code Messages.properties} is English, {@code Messages_kk}, {@code Messages_ru} beside
 * it), so adding a language is adding files, not code.
 */
public final class Messages {

    /** No fallback to the JVM's default locale: a missing kk key falls back to English only. */
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;
    private final Lang lang;
    private final Locale locale;
    /** Read on first use: most runs never need most of their messages, which are for mistakes. */
    private volatile ResourceBundle bundle;

    private Messages(String baseName, Lang lang) {
        this.baseName = baseName;
        this.lang = lang;
        this.locale = lang.locale();
    }

    /** @param baseName e.g. {@code kz.citizensec.qorgan.cli.Messages} */
    public static Messages of(String baseName, Lang lang) {
        return new Messages(baseName, lang);
    }

    /** The bundle, read now if not yet (ResourceBundle keeps it for the whole process). */
    public ResourceBundle bundle() {
        ResourceBundle read = bundle;
        if (read == null) {
            read = ResourceBundle.getBundle(baseName, locale, NO_DEFAULT_LOCALE);
            bundle = read;
        }
        return read;
    }

    public Lang lang() {
        return lang;
    }

    /**
     * The message for {@code key}, always through {@link MessageFormat} so that every pattern
     * follows one rule: a literal apostrophe is written twice. What it quotes may come from a
     * file, a command line or a keyboard: texts are cleaned as typed text ({@link TypedText}:
     * no terminal escape, no control character, no full card number or code), and a path is
     * inert and on one line ({@link TypedText#inertLine}).
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' in " + baseName, e);
        }
        Object[] quoted = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            quoted[i] = quoted(args[i]);
        }
        return new MessageFormat(pattern, locale).format(quoted);
    }

    private static Object quoted(Object arg) {
        if (arg instanceof Path path) {
            return TypedText.inertLine(path.toString());
        }
        if (arg instanceof CharSequence text) {
            return TypedText.clean(text.toString()).text();
        }
        return arg;
    }
}
