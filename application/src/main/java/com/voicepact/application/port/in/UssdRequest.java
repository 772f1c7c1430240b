package com.voicepact.application.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;

/** One USSD hop as AT posts it; {@code text} is every input so far joined by {@code *}. */
public record UssdRequest(String sessionId, String serviceCode, PhoneNumber phone, String networkCode, String text) {

    public UssdRequest {
        InvalidValueException.require(sessionId != null && !sessionId.isBlank() && sessionId.length() <= 100, "sessionId is required");
        InvalidValueException.require(phone != null, "phoneNumber is required");
        text = text == null ? "" : text.strip();
        InvalidValueException.require(text.length() <= 200, "text is too long for a USSD session");
    }

    /** The input of this hop: what follows the last {@code *}. */
    public String lastInput() {
        int star = text.lastIndexOf('*');
        return star < 0 ? text : text.substring(star + 1);
    }
}
