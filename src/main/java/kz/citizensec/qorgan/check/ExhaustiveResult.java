package kz.citizensec.qorgan.check;

import java.util.Optional;
import java.util.Set;
import kz.citizensec.qorgan.playbook.Answers;

/**
 * What the exhaustive check tried and found.
 *
 * @param combinations the combinations tried
 * @param standsFor how many combinations of choice answers they stand for (the options no
 *     condition tells apart multiply it)
 * @param failure the first combination that failed, if any
 * @param sampled multiple choices with too many distinct options to combine every subset
 */
public record ExhaustiveResult(long combinations, long standsFor, Optional<Failure> failure, Set<String> sampled) {

    public ExhaustiveResult {
        sampled = Set.copyOf(sampled);
    }

    /**
     * @param number which combination it was, counting from 1
     * @param reason one line, in the user's language
     * @param answersFile the combination as an answers file (DESIGN.md), to replay with {@code plan}
     */
    public record Failure(long number, String reason, Answers answers, String answersFile) {}
}
