package kz.citizensec.qorgan.check;

import java.time.LocalDate;
import java.util.Optional;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.Guide;
import kz.citizensec.qorgan.render.Documents;

/**
 * Renders the action plan and the police report of a combination in every language of the
 * guide: a template that breaks on some answers (a missing variable, a section that does not
 * close) fails that combination. Only for a guide without errors: it needs every template.
 */
public final class RenderingProbe implements CombinationProbe {

    private final Documents documents;
    private final LocalDate today;

    public RenderingProbe(Guide guide, LocalDate today) {
        this.documents = Documents.of(guide);
        this.today = today;
    }

    @Override
    public Optional<String> check(Guide guide, Answers answers) {
        for (Lang lang : guide.langs()) {
            try {
                documents.render(answers, lang, lang, today);
            } catch (InvalidInputException e) {
                return Optional.of(e.getMessage());
            }
        }
        return Optional.empty();
    }
}
