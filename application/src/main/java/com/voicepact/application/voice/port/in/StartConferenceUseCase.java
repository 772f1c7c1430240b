package com.voicepact.application.voice.port.in;

import com.voicepact.domain.voice.VoiceCall;

public interface StartConferenceUseCase {

    /** Calls the first party; once answered, the others are dialled in and the call recorded. */
    VoiceCall start(StartConferenceCommand command);
}
