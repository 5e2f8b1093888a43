package kz.citizensec.qorgan.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.citizensec.qorgan.core.Lang;

/**
 * What a document template sees, in one language. guides/TEMPLATES.md documents every variable
 * for template editors; keep the two in step. Values of type {@link Markdown} are trusted guide
 * text (three braces in a template); every other value is plain text (two braces, escaped).
 * Maps are keyed by the guide's ids (question, option, reference ids), so templates say
 * {@code {{text.applicant_name}}} or {@code {{refs.police_102.value}}}.
 *
 * @param lang the language of this document
 * @param date today's date, formatted for the language
 * @param guideTitle the guide's title
 * @param steps every step of the plan, in plan order
 * @param now the steps to do now
 * @param today the steps to do today
 * @param thisWeek the steps to do this week
 * @param report whether a police-report draft is produced
 * @param papers each document of the guide's documents.yaml, by id: whether it goes with this plan
 * @param choice the answer to each yes/no, single or multiple choice question, by question id
 * @param text what was typed for each text, long text, IIN or phone question, and each date and
 *     amount, formatted; empty when not answered (an empty value is false in a section)
 * @param list the items typed for each list question
 * @param group the items of each repeated-group question
 * @param cases each named condition of the guide ({@code cases} in guide.yaml), by name: whether
 *     it holds for these answers
 * @param iin for each IIN question, what its answer tells (the sex its 7th digit records, for
 *     the Russian forms that agree with it)
 * @param refs the references of the guide (phones, e-mails, sites, law articles), by id; a contact
 *     that no public source confirms is left out, so that no document can print it
 * @param contacts the references one can contact (phones, e-mails, sites), in the guide's order,
 *     without the unconfirmed ones
 */
public record DocumentContext(
        Lang lang,
        String date,
        Markdown guideTitle,
        List<StepView> steps,
        StepGroup now,
        StepGroup today,
        StepGroup thisWeek,
        boolean report,
        Map<String, Boolean> papers,
        Map<String, ChoiceView> choice,
        Map<String, String> text,
        Map<String, List<String>> list,
        Map<String, GroupView> group,
        Map<String, Boolean> cases,
        Map<String, IinView> iin,
        Map<String, ReferenceView> refs,
        List<ReferenceView> contacts,
        Map<String, String> numbers,
        FollowUpView followUp) {

    public DocumentContext {
        steps = List.copyOf(steps);
        choice = ordered(choice);
        text = ordered(text);
        list = ordered(list);
        group = ordered(group);
        cases = ordered(cases);
        papers = ordered(papers);
        iin = ordered(iin);
        refs = ordered(refs);
        contacts = List.copyOf(contacts);
        numbers = ordered(numbers);
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
    }

    /** The steps of one urgency; {@code any} is false when there are none. */
    public record StepGroup(List<StepView> steps) {
        public boolean any() {
            return !steps.isEmpty();
        }
    }

    /**
     * @param urgency now, today or this_week
     * @param urgencyIs for each urgency id (now, today, this_week), whether it is this step's
     * @param first whether this step opens its urgency group in {@code steps} (for a heading)
     * @param how the step's instructions, one per item
     * @param contacts the references the step cites
     * @param deadline present when the step has a deadline rule and its date was answered
     */
    public record StepView(
            String id,
            String urgency,
            Map<String, Boolean> urgencyIs,
            boolean first,
            Markdown title,
            Markdown why,
            List<Markdown> how,
            List<ReferenceView> contacts,
            Optional<DeadlineView> deadline,
            List<String> drafts,
            boolean done,
            Optional<ProgressView> progress,
            List<DueView> dues) {

        public boolean hasContacts() {
            return !contacts.isEmpty();
        }
    }

    /**
     * What the person recorded for a step in the case file (typed text: two braces).
     *
     * @param date the day it was done, formatted; empty when not done yet
     * @param reference the number the institution gave; empty when none was written down
     */
    public record ProgressView(String date, String reference, String note) {}

    /**
     * A date due after an event of the case file.
     *
     * @param event what the person did that started it (guide text)
     * @param from the day of that event, formatted
     * @param text what is due ("Answer due by", guide text)
     * @param overdue whether the date is behind and the step not done: then {@code passed} says what to do
     */
    public record DueView(Markdown event, String from, String date, Markdown text, boolean overdue, Markdown passed) {}

    /**
     * A dated event of the case file.
     *
     * @param title what happened (guide text)
     */
    public record EventView(String date, Markdown title) {}

    /**
     * The case so far, for a plan made from a case file.
     *
     * @param any whether the case file records anything (an event, or a step)
     * @param events the dated events, in the guide's order
     * @param dues the dates due, earliest first
     * @param daysOffUnknown a line saying which years' days off the guide does not list, so that
     *     their dates count weekends only; empty when none
     */
    public record FollowUpView(boolean any, List<EventView> events, List<DueView> dues, String daysOffUnknown) {
        static final FollowUpView NONE = new FollowUpView(false, List.of(), List.of(), "");

        public FollowUpView {
            events = List.copyOf(events);
            dues = List.copyOf(dues);
        }
    }

    /** @param past whether the date is already behind us: act at once */
    public record DeadlineView(String date, Markdown text, boolean past, Markdown passed) {}

    /**
     * @param kind phone, email, web or law
     * @param value the number, address, link or article number exactly as the guide has it
     * @param last whether it is the last of the list it is in (to place separators)
     */
    public record ReferenceView(
            String id,
            String kind,
            String value,
            Markdown name,
            Optional<Markdown> note,
            boolean phone,
            boolean email,
            boolean web,
            boolean law,
            boolean last) {

        ReferenceView inList(boolean isLast) {
            return new ReferenceView(id, kind, value, name, note, phone, email, web, law, isLast);
        }
    }

    /**
     * @param answered whether the question was answered
     * @param is for every option id (yes and no for a yes/no question), whether it was chosen
     * @param options every option, in the guide's order (e.g. for a checklist)
     * @param chosen the chosen options, in the guide's order
     * @param label the chosen options' labels joined by commas; empty when not answered
     * @param phrase the chosen options' words for a sentence, joined by commas; empty when not
     *     answered or when a chosen option has none (a template then leaves the sentence out)
     */
    public record ChoiceView(
            boolean answered,
            Map<String, Boolean> is,
            List<OptionView> options,
            List<OptionView> chosen,
            Markdown label,
            Optional<Markdown> phrase) {}

    /**
     * @param meaning what choosing it means for the person, in plain words, when the guide says
     * @param phrase the words for it inside a sentence, when the guide gives them
     */
    public record OptionView(
            String id, Markdown label, Optional<Markdown> meaning, Optional<Markdown> phrase, boolean chosen) {}

    /**
     * What an IIN answer tells: the sex its 7th digit records. When the IIN was not given, only
     * {@code sexUnknown} holds, and a template writes both forms ("потерпевшим(ей)").
     */
    public record IinView(boolean given, boolean male, boolean female) {
        public boolean sexUnknown() {
            return !male && !female;
        }
    }

    /**
     * @param items one map per item: field id to the typed or formatted value, empty when missing
     * @param total for each amount field, the sum over the items, formatted
     */
    /**
     * @param items one map per item: each field's value ("" when not given), and {@code -first}
     *     and {@code -last}, non-empty only on the first and the last item
     * @param blank an item with every field "" (both first and last), for a paper written once
     *     per item that must still be written, with blanks, when none was given
     */
    public record GroupView(List<Map<String, String>> items, Map<String, String> total, Map<String, String> blank) {
        static final String FIRST = "-first";
        static final String LAST = "-last";
        static final String TRUE = "true";

        public boolean any() {
            return !items.isEmpty();
        }

        /** The items, or the one blank item when there are none. */
        public List<Map<String, String>> itemsOrBlank() {
            return items.isEmpty() ? List.of(blank) : items;
        }
    }
}
