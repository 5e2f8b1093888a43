package kz.citizensec.qorgan.playbook;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.citizensec.qorgan.core.InvalidInputException;
import kz.citizensec.qorgan.core.Lang;
import kz.citizensec.qorgan.core.Messages;
import kz.citizensec.qorgan.core.Problem;

/**
 * Reads and checks a guide's events.yaml (see {@link FollowUp}). Apart from {@link GuideLoader} on
 * purpose: only a case file needs it, so the interview never pays for it at start-up and the
 * bundled guide's snapshot does not carry it. A guide without the file has no events.
 */
public final class FollowUpLoader {

    private final Lang lang;

    /** @param lang the language of the messages (kk, ru or en) */
    public FollowUpLoader(Lang lang) {
        this.lang = lang;
    }

    /**
     * The events of a guide that can be used.
     *
     * @throws InvalidInputException (exit 3) listing every error at file:line:column
     */
    public FollowUp load(GuideSource source, Guide guide) {
        Checked checked = check(source, guide);
        List<Problem> errors =
                checked.problems().stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return checked.followUp();
    }

    /** What {@code qorgan validate} reports about events.yaml; the events as read, even with errors. */
    public record Checked(FollowUp followUp, List<Problem> problems) {
        public Checked {
            problems = List.copyOf(problems);
        }
    }

    public Checked check(GuideSource source, Guide guide) {
        String name = source.displayName(GuideFiles.EVENTS);
        LoadProblems load = new LoadProblems(Messages.of(GuideLoader.BUNDLE, lang));
        Optional<String> text;
        try {
            text = source.read(GuideFiles.EVENTS);
        } catch (IOException e) {
            return new Checked(
                    FollowUp.NONE, List.of(load.file(name, "file.unreadable", String.valueOf(e.getMessage()))));
        }
        if (text.isEmpty()) {
            return new Checked(FollowUp.NONE, List.of());
        }
        EventsFile file;
        try (JsonParser parser = GuideMapper.parser(text.get())) {
            try {
                file = GuideMapper.read(parser, EventsFile.class);
            } catch (JsonProcessingException e) {
                return new Checked(FollowUp.NONE, List.of(load.of(name, text.get(), e)));
            }
        } catch (NoAliasParser.AliasException e) {
            return new Checked(FollowUp.NONE, List.of(load.of(name, text.get(), e)));
        } catch (IOException e) {
            return new Checked(
                    FollowUp.NONE, List.of(load.file(name, "file.unreadable", String.valueOf(e.getMessage()))));
        }
        if (file == null) {
            return new Checked(FollowUp.NONE, List.of());
        }
        Findings findings = new Findings(source, Messages.of(GuideLoader.BUNDLE, lang));
        new Rules(guide, findings).check(file);
        List<FollowUp.HolidayYear> years = new ArrayList<>();
        for (HolidaysEntry entry : orEmpty(file.holidays())) {
            if (entry.year() != null) {
                years.add(new FollowUp.HolidayYear(
                        entry.year(),
                        entry.source(),
                        orEmpty(entry.dates()).stream()
                                .map(FollowUpLoader::date)
                                .flatMap(Optional::stream)
                                .toList()));
            }
        }
        return new Checked(new FollowUp(orEmpty(file.events()), years), findings.problems());
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** The checks of sense: ids, steps, due rules with their sources, texts, holiday dates. */
    private static final class Rules {
        private static final String FILE = GuideFiles.EVENTS;
        private final Guide guide;
        private final Findings findings;

        Rules(Guide guide, Findings findings) {
            this.guide = guide;
            this.findings = findings;
        }

        void check(EventsFile file) {
            List<FollowUp.CaseEvent> events = orEmpty(file.events());
            Set<String> seen = new HashSet<>();
            List<String> steps = guide.steps().stream().map(Step::id).toList();
            for (int i = 0; i < events.size(); i++) {
                FollowUp.CaseEvent event = events.get(i);
                String at = "/events/" + i;
                if (event.id() == null || !StructureRules.isId(event.id())) {
                    findings.error(FILE, at + "/id", "id.form", String.valueOf(event.id()));
                } else if (!seen.add(event.id())) {
                    findings.error(
                            FILE,
                            at + "/id",
                            "id.duplicate",
                            event.id(),
                            findings.lineOf(FILE, "/events/" + indexOf(events, event.id())));
                }
                if (event.step() == null || !steps.contains(event.step())) {
                    findings.errorGuess(FILE, at + "/step", "event.unknownStep", String.valueOf(event.step()), steps);
                }
                text(event.title(), at + "/title");
                event.dueRule().ifPresent(due -> due(due, at + "/due"));
            }
            List<HolidaysEntry> holidays = orEmpty(file.holidays());
            Set<Integer> years = new HashSet<>();
            for (int i = 0; i < holidays.size(); i++) {
                HolidaysEntry entry = holidays.get(i);
                String at = "/holidays/" + i;
                if (entry.year() == null || !years.add(entry.year())) {
                    findings.error(FILE, at + "/year", "holidays.year", String.valueOf(entry.year()));
                    continue;
                }
                if (entry.source() == null || entry.source().isBlank()) {
                    findings.error(FILE, at, "holidays.noSource", String.valueOf(entry.year()));
                }
                List<String> dates = orEmpty(entry.dates());
                for (int j = 0; j < dates.size(); j++) {
                    Optional<LocalDate> date = date(dates.get(j));
                    if (date.isEmpty() || date.get().getYear() != entry.year()) {
                        findings.error(
                                FILE, at + "/dates/" + j, "holidays.date", dates.get(j), String.valueOf(entry.year()));
                    }
                }
            }
        }

        private static int indexOf(List<FollowUp.CaseEvent> events, String id) {
            for (int i = 0; i < events.size(); i++) {
                if (id.equals(events.get(i).id())) {
                    return i;
                }
            }
            return -1;
        }

        private void due(FollowUp.DueRule due, String at) {
            boolean days = due.days() != null;
            boolean working = due.workingDays() != null;
            if (days == working || due.count() <= 0) {
                findings.error(FILE, at, "due.count");
            }
            if (due.source() == null || due.source().isBlank()) {
                findings.error(FILE, at, "due.noSource");
            }
            text(due.text(), at + "/text");
            text(due.passed(), at + "/passed");
            if (due.when() != null) {
                new ConditionRules(guide, findings).checkElsewhere(FILE, at + "/when", due.when());
            }
        }

        private void text(LocalizedText text, String at) {
            for (String lang : guide.languages()) {
                if (text == null || text.find(lang).isEmpty()) {
                    findings.error(FILE, at, "translation.missing", lang);
                }
            }
        }
    }

    record EventsFile(List<FollowUp.CaseEvent> events, List<HolidaysEntry> holidays) {}

    record HolidaysEntry(Integer year, String source, List<String> dates) {}
}
