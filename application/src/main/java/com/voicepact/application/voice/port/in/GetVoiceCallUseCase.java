package com.voicepact.application.voice.port.in;

import com.voicepact.domain.voice.VoiceCall;

public interface GetVoiceCallUseCase {

    /** @throws RecordingNotFoundException when unknown */
    VoiceCall get(String id);
}
