package com.voicepact.application.voice.service;

import com.voicepact.application.voice.port.in.GetVoiceCallUseCase;
import com.voicepact.application.voice.port.in.RecordingNotFoundException;
import com.voicepact.application.voice.port.out.VoiceCalls;
import com.voicepact.domain.voice.VoiceCall;

/** A call and its recording's processing, as stored. */
public final class GetVoiceCallService implements GetVoiceCallUseCase {

    private final VoiceCalls calls;

    public GetVoiceCallService(VoiceCalls calls) {
        this.calls = calls;
    }

    @Override
    public VoiceCall get(String id) {
        return calls.findById(id).orElseThrow(() -> new RecordingNotFoundException(id));
    }
}
