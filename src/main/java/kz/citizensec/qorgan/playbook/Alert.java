package kz.citizensec.qorgan.playbook;

/**
 * A message shown at once, before the next question, when its condition holds right after the
 * question that carries it was answered ("hang up now").
 */
public record Alert(Condition when, LocalizedText title, LocalizedText text) {}
