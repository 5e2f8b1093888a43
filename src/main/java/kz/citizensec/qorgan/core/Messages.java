package kz.citizensec.qorgan.core;

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

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** @param baseName e.g. {@code kz.citizensec.qorgan.cli.Messages} */
    public static Messages of(String baseName, String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        return new Messages(ResourceBundle.getBundle(baseName, locale, NO_DEFAULT_LOCALE), locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String lang() {
        return locale.getLanguage();
    }

    /**
     * The message for {@code key}, always through {@link MessageFormat} so that every pattern
     * follows one rule: a literal apostrophe is written twice.
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' in " + bundle.getBaseBundleName(), e);
        }
        return new MessageFormat(pattern, locale).format(args);
    }
}
