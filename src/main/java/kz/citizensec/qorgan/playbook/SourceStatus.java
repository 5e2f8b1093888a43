package kz.citizensec.qorgan.playbook;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How far a fact was checked (see FACTS.md): {@code validate} lists the unconfirmed ones. */
public enum SourceStatus {
    @JsonProperty("checked")
    CHECKED,
    @JsonProperty("seed")
    SEED,
    @JsonProperty("unconfirmed")
    UNCONFIRMED
}
