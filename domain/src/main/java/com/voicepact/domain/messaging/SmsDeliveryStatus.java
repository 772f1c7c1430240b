package com.voicepact.domain.messaging;

import com.voicepact.domain.InvalidValueException;
import java.util.Locale;
import java.util.Set;

/**
 * The status of an SMS we sent, as stored (lower case): what the provider answered at sending
 * ({@code sent}, {@code queued}, {@code rejected}) and then what its delivery reports say.
 *
 * <p>AT's delivery report statuses (docs, "SMS delivery reports"): intermediate {@code Sent},
 * {@code Submitted}, {@code Buffered}; final {@code Success}, {@code Failed}, {@code Rejected}, and in newer
 * docs {@code AbsentSubscriber}, {@code Expired}. Reports can arrive late and out of order, so a final
 * status is never replaced: the first final status reported stays. An unknown status counts as
 * intermediate. Up to 30 letters.
 */
public record SmsDeliveryStatus(String value) {

    private static final Set<String> FINAL = Set.of("success", "failed", "rejected", "absentsubscriber", "expired");

    public SmsDeliveryStatus {
        InvalidValueException.require(
                value != null && value.strip().matches("[A-Za-z]{1,30}"),
                "status must be 1 to 30 letters, as AT's delivery report statuses are");
        value = value.strip().toLowerCase(Locale.ROOT);
    }

    /** {@code Success} -> {@code success}; refuses a blank, an over-long or a non-letter status. */
    public static SmsDeliveryStatus of(String reported) {
        return new SmsDeliveryStatus(reported);
    }

    public boolean isFinal() {
        return FINAL.contains(value);
    }

    /** True when the SMS reached the phone. */
    public boolean isDelivered() {
        return value.equals("success");
    }

    /** True when this status may replace {@code current} (a stored status): only while current is not final. */
    public boolean mayReplace(String current) {
        return current == null || !FINAL.contains(current.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
