package com.voicepact.application.voice.port.in;

import com.voicepact.domain.extraction.ExtractedTerms;

public interface TranscribeAudioUseCase {

    record Heard(String transcript, ExtractedTerms terms) {}

    /**
     * The audio's words and the terms heard in them. An audio given by URL is downloaded first (size and type checked).
     *
     * @throws ProviderUnavailableException when speech-to-text (or the recording's host) cannot be reached
     */
    Heard transcribe(TranscribeAudioCommand command);
}
