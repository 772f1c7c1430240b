package com.voicepact.application.port.out;

import com.voicepact.domain.voice.VoiceCall;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Recorded negotiation calls. Saving checks the version, like the other aggregates. */
public interface VoiceCalls {

    VoiceCall save(VoiceCall call);

    Optional<VoiceCall> findById(String id);

    Optional<VoiceCall> findBySessionId(String sessionId);

    List<VoiceCall> findAwaitingProcessing(Instant now, int limit);
}
