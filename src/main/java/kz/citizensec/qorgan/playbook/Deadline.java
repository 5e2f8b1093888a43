package kz.citizensec.qorgan.playbook;

/**
 * A date by which to act, counted from the answer to a date question.
 *
 * @param from the id of a date question, e.g. incident_date
 * @param days how many days after that date
 * @param text what must be done by then ("Get a fresh credit report by")
 * @param passed what to do instead once that date is behind
 * @param source where the rule of the date is written (publication and date): a date rule is a
 *     fact and is never invented
 */
public record Deadline(String from, int days, LocalizedText text, LocalizedText passed, String source) {}
