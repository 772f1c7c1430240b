package com.voicepact.application.phone.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;

/**
 * An SMS a phone sent to our short code, as AT reports it. {@code text} may be as long as a
 * concatenated SMS can be (255 parts of 153 GSM-7 characters, GSM 03.40), so no text a phone can send
 * is refused; what keeps a part of it (a dispute reason) shortens it, and the whole text stays logged.
 */
public record InboundSms(PhoneNumber from, String to, String text, String date, String id, String linkId) {

    /** 255 parts x 153 characters: the most one concatenated SMS carries. */
    public static final int MAX_TEXT_LENGTH = 255 * 153;

    public InboundSms {
        InvalidValueException.require(from != null, "from is required");
        InvalidValueException.requireId(id, "id", 100);
        text = text == null ? "" : text;
        InvalidValueException.require(text.length() <= MAX_TEXT_LENGTH, "text is longer than an SMS can be");
    }
}
