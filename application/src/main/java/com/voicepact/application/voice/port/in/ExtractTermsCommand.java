package com.voicepact.application.voice.port.in;

import com.voicepact.domain.InvalidValueException;
import java.time.LocalDate;

/**
 * A transcript to read terms from; {@code referenceDate} resolves relative dates ("in 3 days"), today when null.
 *
 * @throws InvalidValueException when the transcript is missing
 */
public record ExtractTermsCommand(String transcript, LocalDate referenceDate) {

    public ExtractTermsCommand {
        InvalidValueException.require(transcript != null, "a transcript is required");
    }
}
