package com.voicepact.application.contract.port.in;

import com.voicepact.domain.InvalidValueException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One thing that happened to a contract, for an operator reading its history: when, what kind, who did it
 * ({@code +254712345678}, {@code operator:1a2b3c4d5e6f}, {@code system}), a short English sentence and the facts behind
 * it as texts ({@code detail}, in insertion order; a missing fact is an empty text, never null).
 */
public record TimelineEvent(Instant at, Kind kind, String actor, String summary, Map<String, String> detail) {

    /** What kind of thing happened; {@link #wireName()} is the API's word for it. */
    public enum Kind {
        CREATED,
        CONFIRMATION,
        DECLINE,
        TERMS_CHANGED,
        PAYMENT,
        PAYOUT,
        REFUND,
        DELIVERY,
        ACCEPTANCE,
        DISPUTE,
        DISPUTE_RESOLVED,
        SMS,
        AUDIT;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public TimelineEvent {
        InvalidValueException.require(at != null && kind != null, "a timeline event needs a time and a kind");
        actor = actor == null || actor.isBlank() ? "system" : actor;
        summary = summary == null ? "" : summary;
        Map<String, String> copy = new LinkedHashMap<>();
        (detail == null ? Map.<String, String>of() : detail).forEach((k, v) -> copy.put(k, v == null ? "" : v));
        detail = Collections.unmodifiableMap(copy);
    }
}
