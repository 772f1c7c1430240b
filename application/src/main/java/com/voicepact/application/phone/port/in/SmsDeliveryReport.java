package com.voicepact.application.phone.port.in;

import com.voicepact.domain.InvalidValueException;

/** AT's delivery report for one SMS we sent. */
public record SmsDeliveryReport(
        String messageId,
        String status,
        String phoneNumber,
        String networkCode,
        String failureReason,
        String retryCount) {

    /** The SMS log keeps this much of a failure reason (characters). */
    public static final int MAX_FAILURE_REASON = 300;

    public SmsDeliveryReport {
        InvalidValueException.requireId(messageId, "id", 100);
        InvalidValueException.requireId(status, "status", 40);
        if (failureReason != null && failureReason.length() > MAX_FAILURE_REASON) {
            failureReason =
                    failureReason.substring(0, MAX_FAILURE_REASON); // informative only: kept as far as the log holds
        }
    }
}
