package kz.citizensec.qorgan.playbook;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a reference is: how to reach someone, or where a rule is written. */
public enum ReferenceKind {
    @JsonProperty("phone")
    PHONE,
    @JsonProperty("email")
    EMAIL,
    @JsonProperty("web")
    WEB,
    @JsonProperty("law")
    LAW
}
