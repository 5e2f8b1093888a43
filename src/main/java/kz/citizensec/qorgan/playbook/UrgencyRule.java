package kz.citizensec.qorgan.playbook;

/** Raises or lowers a step's urgency when its condition holds; the first rule that holds wins. */
public record UrgencyRule(Condition when, Urgency urgency) {}
