package kz.citizensec.qorgan.answers;

import static kz.citizensec.qorgan.testing.TestClock.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.testing.Case;
import kz.citizensec.qorgan.testing.Cases;
import kz.citizensec.qorgan.testing.RandomAnswers;
import kz.citizensec.qorgan.testing.TestAnswers;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Whatever answers the interview can take, the file {@code assess --save-answers} writes is read
 * back by {@code plan --answers} as the same answers, complete. This is also what lets a failing
 * property case be replayed from the answers file it prints.
 */
@ExtendWith(Cases.class)
class AnswersFileRoundTripTest {

    private static final RandomAnswers RANDOM = RandomAnswers.forGuide(TestAnswers.guide(), TODAY);
    private static final AnswersFile FILE = new AnswersFile(TestAnswers.guide(), Lang.EN, TODAY);

    @RepeatedTest(value = 1000, failureThreshold = 1)
    void anyAnswersComeBackTheSameFromTheirFile(Case c) {
        AnswersDocument written = RANDOM.document(c);

        AnswersDocument read = FILE.parse(FILE.toYaml(written), "answers.yaml");

        FILE.requireComplete(read, "answers.yaml");
        assertThat(read).isEqualTo(written);
    }
}
