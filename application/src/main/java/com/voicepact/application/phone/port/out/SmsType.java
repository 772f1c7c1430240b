package com.voicepact.application.phone.port.out;

import com.voicepact.domain.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Why an SMS is sent. {@link #stored()} is the text written to the SMS log and the outbox (the words
 * of the first release, so rows written before still read); for the escrow's messages it is also the
 * first part of the message key ({@code sms:funded:AG-...}).
 */
public enum SmsType {
    NOTIFICATION,
    REPLY,
    SUMMARY,
    CONFIRMED,
    CANCELLED,
    EXPIRED,
    INCOMPLETE,
    CALL_FAILED,
    FUNDED,
    LOCKED,
    SURPLUS,
    RELEASED,
    REFUNDED,
    PAYMENT_FAILED,
    DISPUTE,
    DELIVERY;

    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws InvalidValueException for a text no release wrote */
    public static SmsType fromStored(String text) {
        return Arrays.stream(values())
                .filter(t -> t.stored().equals(text))
                .findFirst()
                .orElseThrow(() -> new InvalidValueException("unknown SMS type '" + text + "'"));
    }
}
