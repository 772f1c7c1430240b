package com.voicepact.application.port.in;

import com.voicepact.domain.InvalidValueException;

/** AT's delivery report for one SMS we sent. */
public record SmsDeliveryReport(String messageId, String status, String phoneNumber, String networkCode, String failureReason,
                                String retryCount) {

    public SmsDeliveryReport {
        InvalidValueException.require(messageId != null && !messageId.isBlank(), "id is required");
        InvalidValueException.require(status != null && !status.isBlank(), "status is required");
    }
}
