package com.voicepact.application.voice.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;
import java.time.LocalDate;
import java.util.List;

/**
 * A transcript to read terms from; {@code referenceDate} resolves relative dates ("in 3 days"), today when null;
 * {@code parties} are the phones of who took part (possibly none): when all are of one country, its currency is the
 * call's unless one is named.
 *
 * @throws InvalidValueException when the transcript is missing
 */
public record ExtractTermsCommand(String transcript, LocalDate referenceDate, List<PhoneNumber> parties) {

    public ExtractTermsCommand {
        InvalidValueException.require(transcript != null, "a transcript is required");
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    /** A transcript heard between parties not known. */
    public ExtractTermsCommand(String transcript, LocalDate referenceDate) {
        this(transcript, referenceDate, List.of());
    }
}
