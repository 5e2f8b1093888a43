package kz.citizensec.qorgan.interview;

import kz.citizensec.qorgan.answers.Parsed;
import kz.citizensec.qorgan.playbook.Question;

/**
 * Reads one typed answer to one question: in production {@code new AnswerParser(lang, today)::parse},
 * which does every per-type check, so the engine never validates values itself.
 */
@FunctionalInterface
public interface AnswerReader {

    Parsed parse(Question question, String typed);
}
