package com.voicepact.application.voice.port.in;

import java.util.Optional;

public interface HandleVoiceCallbackUseCase {

    /** AT's XML for an active call; empty for the final callback (AT expects no actions then). */
    Optional<String> handle(VoiceCallback callback);
}
