package com.voicepact.application.phone.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * An SMS a phone sent to our short code, as AT reports it. {@code text} may be as long as a
 * concatenated SMS can be (255 parts of 153 GSM-7 characters, GSM 03.40), so no text a phone can send
 * is refused; what keeps a part of it (a dispute reason) shortens it, and the whole text stays logged.
 * {@code date} is AT's {@code date} field as sent (when AT received the message), read by {@link #sentAt()}.
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

    /**
     * When AT received the message, from {@code date}: an ISO-8601 instant or date-time with an offset
     * ({@code 2026-03-02T10:00:00.123Z}, {@code 2026-03-02T13:00:00+03:00}), or a date and time without one
     * ({@code 2026-03-02 10:00:00}, AT's documented samples), read as UTC. Empty when absent, {@code None} or
     * unreadable: the message is then judged when it reaches us.
     */
    public Optional<Instant> sentAt() {
        String d = date == null ? "" : date.strip();
        if (d.length() < 19 || d.length() > 40) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(d.replace(' ', 'T')).toInstant());
        } catch (DateTimeParseException noOffset) {
            try {
                return Optional.of(LocalDateTime.parse(d.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }
}
