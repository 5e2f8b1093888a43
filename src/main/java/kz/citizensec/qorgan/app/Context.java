package kz.citizensec.qorgan.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import kz.citizensec.qorgan.core.ExitStatus;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.QorganException;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.playbook.GuideLoader;
import kz.citizensec.qorgan.playbook.GuideSource;

/**
 * What every flow starts from, the same for each command: the injected environment, the language
 * of messages (spoken before the person chose one) and today's date, read once from the clock.
 *
 * @param lang the language of messages: the first of {@code --lang} if qorgan speaks it, else the system's, else English
 */
public record Context(Environment environment, Lang lang, LocalDate today) {

    public static Context of(Environment environment, Lang lang) {
        return new Context(environment, lang, LocalDate.now(environment.clock()));
    }

    /** The application's messages in the language of messages. */
    Messages messages() {
        return AppMessages.in(lang);
    }

    /** The guide, read and checked; a broken one is exit 3, said in the language of messages. */
    Guide guide(GuideSource source) {
        return new GuideLoader(lang).load(source);
    }

    /**
     * The language of a tag typed after {@code option}, which the guide must speak: else exit 2,
     * said in the language of messages.
     */
    Lang spoken(Guide guide, String option, String typed) {
        return guide.spoken(typed)
                .orElseThrow(() -> new QorganException(
                        ExitStatus.USAGE,
                        messages().get("plan.unknownLanguage", option, typed, String.join(", ", guide.languages()))));
    }

    /** The counts of {@code --stats}, made ready now (see {@link Counting#prepare}). */
    Counting counting(Optional<Path> file) {
        return Counting.prepare(file, messages());
    }
}
