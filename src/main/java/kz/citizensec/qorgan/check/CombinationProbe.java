package kz.citizensec.qorgan.check;

import java.util.Optional;
import kz.citizensec.qorgan.playbook.Answers;
import kz.citizensec.qorgan.playbook.Guide;

/**
 * A check of one answer combination beyond "the plan has steps", such as rendering its documents.
 * The exhaustive check stops at the first combination a probe refuses.
 */
@FunctionalInterface
public interface CombinationProbe {

    /** Accepts every combination. */
    CombinationProbe NONE = (guide, answers) -> Optional.empty();

    /** @return why this combination fails, one line in the user's language; empty if it passes */
    Optional<String> check(Guide guide, Answers answers);
}
