package kz.citizensec.qorgan.interview;

/**
 * Where the person is: the current question's place among the questions that will be asked
 * given the answers so far (so the total can grow or shrink as answers change).
 */
public record Progress(int current, int total) {}
