package com.voicepact.application.voice.port.in;

public interface ProcessRecordingsUseCase {

    /** Fetches, transcribes and drafts every recording that is due; failures are retried later. Returns how many were finished. */
    int processDue();
}
