package com.voicepact.application.port.in;

import com.voicepact.domain.extraction.ExtractedTerms;
import java.time.LocalDate;

public interface ExtractTermsUseCase {

    /** The terms heard in a transcript; relative dates resolve against {@code referenceDate} (today when null). */
    ExtractedTerms extract(String transcript, LocalDate referenceDate);
}
