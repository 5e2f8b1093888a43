package kz.citizensec.qorgan.playbook;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When a step must be done; the declaration order is the order of the plan's groups. */
public enum Urgency {
    @JsonProperty("now")
    NOW("now"),
    @JsonProperty("today")
    TODAY("today"),
    @JsonProperty("this_week")
    THIS_WEEK("this_week");

    private final String id;

    Urgency(String id) {
        this.id = id;
    }

    /** The id used in YAML, JSON and templates. */
    public String id() {
        return id;
    }
}
