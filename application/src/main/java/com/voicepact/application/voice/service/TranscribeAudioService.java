package com.voicepact.application.voice.service;

import com.voicepact.application.shared.port.in.ProviderUnavailableException;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.application.voice.port.in.ExtractTermsCommand;
import com.voicepact.application.voice.port.in.ExtractTermsUseCase;
import com.voicepact.application.voice.port.in.TranscribeAudioCommand;
import com.voicepact.application.voice.port.in.TranscribeAudioUseCase;
import com.voicepact.application.voice.port.out.RecordingFetchPort;
import com.voicepact.application.voice.port.out.SpeechToTextPort;
import com.voicepact.application.voice.port.shared.AudioClip;

/** An operator's audio (uploaded or by URL) to words and the terms heard in them; nothing is stored. */
public final class TranscribeAudioService implements TranscribeAudioUseCase {

    private final RecordingFetchPort recordings;
    private final SpeechToTextPort speech;
    private final ExtractTermsUseCase terms;

    public TranscribeAudioService(RecordingFetchPort recordings, SpeechToTextPort speech, ExtractTermsUseCase terms) {
        this.recordings = recordings;
        this.speech = speech;
        this.terms = terms;
    }

    @Override
    public Heard transcribe(TranscribeAudioCommand command) {
        AudioClip clip = command.clip() != null ? command.clip() : download(command.url());
        try {
            String text = speech.transcribe(clip);
            return new Heard(text, terms.extract(new ExtractTermsCommand(text, command.callDate())));
        } catch (GatewayException e) {
            throw new ProviderUnavailableException("speech-to-text unavailable: " + e.getMessage(), e);
        }
    }

    private AudioClip download(String url) {
        try {
            return recordings.fetch(url);
        } catch (GatewayException e) {
            throw new ProviderUnavailableException("the recording cannot be downloaded: " + e.getMessage(), e);
        }
    }
}
