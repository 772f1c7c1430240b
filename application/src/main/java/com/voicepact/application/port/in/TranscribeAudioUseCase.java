package com.voicepact.application.port.in;

import com.voicepact.application.port.shared.AudioClip;
import com.voicepact.domain.extraction.ExtractedTerms;
import java.time.LocalDate;

public interface TranscribeAudioUseCase {

    record Heard(String transcript, ExtractedTerms terms) { }

    /** @throws ProviderUnavailableException when speech-to-text cannot be reached */
    Heard transcribe(AudioClip audio, LocalDate callDate);

    /** Downloads the audio first (size and type checked). */
    Heard transcribeUrl(String url, LocalDate callDate);
}
