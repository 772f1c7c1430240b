package com.voicepact.application.voice.port.in;

import com.voicepact.domain.extraction.ExtractedTerms;

public interface ExtractTermsUseCase {

    /** The terms heard in a transcript; relative dates resolve against the command's reference date (today when null). */
    ExtractedTerms extract(ExtractTermsCommand command);
}
