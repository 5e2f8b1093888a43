package kz.citizensec.qorgan.plan;

import java.time.LocalDate;
import kz.citizensec.qorgan.playbook.Deadline;

/**
 * A dated deadline of a step: its rule's date answer plus the rule's days.
 *
 * @param past whether the date is already before today (the plan still shows it, so that the
 *     person knows to act at once rather than wait)
 */
public record DueDate(Deadline rule, LocalDate date, boolean past) {}
