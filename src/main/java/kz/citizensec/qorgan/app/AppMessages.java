package kz.citizensec.qorgan.app;

import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;

/**
 * What the application says to the person and to the volunteer (the interview's end, the help
 * desk, printing, counts, the files written), in kk, ru and en: the {@code app} bundle. The
 * command line's own words (help, usage errors) are in the {@code cli} bundle.
 */
final class AppMessages {

    private static final String BUNDLE = "kz.citizensec.qorgan.app.Messages";

    private AppMessages() {}

    static Messages in(Lang lang) {
        return Messages.of(BUNDLE, lang);
    }
}
