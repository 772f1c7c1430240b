package com.voicepact.application.port.in;

import com.voicepact.domain.voice.VoiceCall;

public interface VoiceRecordingsUseCase {

    /** @throws RecordingNotFoundException when unknown */
    VoiceCall get(String id);

    /** Fetches, transcribes and drafts every recording that is due; failures are retried later. Returns how many were finished. */
    int processDue();
}
