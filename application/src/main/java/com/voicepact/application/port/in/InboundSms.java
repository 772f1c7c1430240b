package com.voicepact.application.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;

/** An SMS a phone sent to our short code, as AT reports it. */
public record InboundSms(PhoneNumber from, String to, String text, String date, String id, String linkId) {

    public InboundSms {
        InvalidValueException.require(from != null, "from is required");
        InvalidValueException.require(id != null && !id.isBlank() && id.length() <= 100, "id is required");
        text = text == null ? "" : text;
        InvalidValueException.require(text.length() <= 1600, "text is too long");
    }
}
