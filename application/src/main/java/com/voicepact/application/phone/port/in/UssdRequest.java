package com.voicepact.application.phone.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;

/**
 * One USSD hop as AT posts it; {@code text} is every input so far joined by {@code *}. A text of any
 * length is accepted here: past {@link #MAX_TEXT} characters the session is answered with an
 * {@code END} screen asking to dial again (a refusal with a 4xx would show a network error).
 */
public record UssdRequest(String sessionId, String serviceCode, PhoneNumber phone, String networkCode, String text) {

    /** The longest accumulated text a session is served with (the stored session keeps this much). */
    public static final int MAX_TEXT = 200;

    public UssdRequest {
        InvalidValueException.requireId(sessionId, "sessionId", 100);
        InvalidValueException.require(phone != null, "phoneNumber is required");
        text = text == null ? "" : text.strip();
    }

    /** Whether the session's accumulated text is past {@link #MAX_TEXT} characters. */
    public boolean tooLong() {
        return text.length() > MAX_TEXT;
    }

    /**
     * What the user typed at this hop, given the previous hop's {@code text} (the session keeps it):
     * AT appends each reply after a {@code *}, so the reply is what follows {@code previousText + "*"},
     * and a reply that itself holds {@code *} or {@code #} stays whole (the menu re-prompts it). On
     * the first reply ({@code previousText} empty), or when this text does not continue the previous
     * one (a gateway out of step), the whole text is the reply.
     */
    public String replyAfter(String previousText) {
        String prefix = previousText + "*";
        return !previousText.isEmpty() && text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }
}
