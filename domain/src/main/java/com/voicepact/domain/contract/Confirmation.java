package com.voicepact.domain.contract;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;
import java.time.Instant;

/** One party's YES or NO to one version (fingerprint) of the terms: who, what, when, through which channel. */
public record Confirmation(
        PhoneNumber party, Decision decision, Instant decidedAt, Channel channel, String fingerprint) {

    public Confirmation {
        InvalidValueException.require(party != null, "confirming party is required");
        InvalidValueException.require(decision != null, "decision is required");
        InvalidValueException.require(decidedAt != null, "decision time is required");
        InvalidValueException.require(channel != null, "channel is required");
        InvalidValueException.require(
                fingerprint != null && fingerprint.length() == 64, "fingerprint must be a SHA-256 hex");
    }

    public boolean isYes() {
        return decision == Decision.CONFIRMED;
    }
}
