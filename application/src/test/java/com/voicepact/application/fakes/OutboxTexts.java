package com.voicepact.application.fakes;

import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.operations.port.out.SmsMessage;

/** Reads an outbox message as tests look at it: an SMS's recipient and text; null for a payout. */
public final class OutboxTexts {

    private OutboxTexts() {}

    /** The recipient in E.164, or null when the message is no SMS. */
    public static String to(OutboxMessage message) {
        return message.payload() instanceof SmsMessage sms ? sms.to().e164() : null;
    }

    /** The text, or null when the message is no SMS. */
    public static String text(OutboxMessage message) {
        return message.payload() instanceof SmsMessage sms ? sms.text() : null;
    }
}
