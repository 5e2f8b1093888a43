package kz.citizensec.qorgan.playbook;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of answer a guide can ask for. */
public enum QuestionType {
    @JsonProperty("yes_no")
    YES_NO("yes_no"),
    @JsonProperty("single")
    SINGLE("single"),
    @JsonProperty("multi")
    MULTI("multi"),
    @JsonProperty("date")
    DATE("date"),
    @JsonProperty("money")
    MONEY("money"),
    @JsonProperty("text")
    TEXT("text"),
    @JsonProperty("long_text")
    LONG_TEXT("long_text"),
    @JsonProperty("text_list")
    TEXT_LIST("text_list"),
    @JsonProperty("group")
    GROUP("group"),
    @JsonProperty("iin")
    IIN("iin"),
    @JsonProperty("phone")
    PHONE("phone");

    private final String id;

    QuestionType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean hasOptions() {
        return this == SINGLE || this == MULTI;
    }
}
