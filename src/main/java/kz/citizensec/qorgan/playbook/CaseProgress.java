package kz.citizensec.qorgan.playbook;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code progress} section of a case file (an answers file kept for weeks): the dated events of
 * the guide's events.yaml, and per step of the plan what was done. Every value was typed by the
 * person; nothing here is computed.
 *
 * @param events event id to the day it happened, in the file's order
 * @param steps step id to what was done, in the file's order
 */
public record CaseProgress(Map<String, LocalDate> events, Map<String, StepProgress> steps) {

    public static final CaseProgress NONE = new CaseProgress(Map.of(), Map.of());

    /** A reference number or a note is one line; this is far more than any institution's number. */
    public static final int MAX_TEXT = 500;

    public CaseProgress {
        events = Collections.unmodifiableMap(new LinkedHashMap<>(events));
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
    }

    public boolean isEmpty() {
        return events.isEmpty() && steps.isEmpty();
    }

    public Optional<StepProgress> step(String stepId) {
        return Optional.ofNullable(steps.get(stepId));
    }

    /** The reference number an institution gave for a step, when the person wrote it down. */
    public Optional<String> reference(String stepId) {
        return step(stepId).flatMap(StepProgress::reference);
    }

    public CaseProgress withStep(String stepId, StepProgress progress) {
        Map<String, StepProgress> changed = new LinkedHashMap<>(steps);
        changed.put(stepId, progress);
        return new CaseProgress(events, changed);
    }

    public CaseProgress withEvent(String eventId, LocalDate date) {
        Map<String, LocalDate> changed = new LinkedHashMap<>(events);
        changed.put(eventId, date);
        return new CaseProgress(changed, steps);
    }

    /**
     * What was done for one step: any of the three may be absent (a number known before the step
     * is over, a note alone).
     *
     * @param done the day it was done
     * @param reference the number the institution gave (the bank's application, the police receipt)
     */
    public record StepProgress(Optional<LocalDate> done, Optional<String> reference, Optional<String> note) {
        public static final StepProgress NONE = new StepProgress(Optional.empty(), Optional.empty(), Optional.empty());

        public boolean isDone() {
            return done.isPresent();
        }
    }
}
