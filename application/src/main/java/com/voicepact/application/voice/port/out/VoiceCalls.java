package com.voicepact.application.voice.port.out;

import com.voicepact.domain.voice.VoiceCall;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Recorded negotiation calls. Saving checks the version, like the other aggregates. */
public interface VoiceCalls {

    /**
     * Inserts a new call (version 0) or updates a loaded one, returning it at its new version; a save
     * also ends any processing lease on the call (the step that held it is over).
     *
     * @throws ConcurrentUpdateException when the stored version moved on since the call was loaded
     */
    VoiceCall save(VoiceCall call);

    Optional<VoiceCall> findById(String id);

    Optional<VoiceCall> findBySessionId(String sessionId);

    /**
     * Claims up to {@code limit} recordings due for processing at {@code now} (oldest first) for
     * {@code lease}: a conditional update committed on its own, so of several dispatchers (threads or
     * nodes) exactly one gets each recording until its lease ends or the call is saved. Returns the
     * claimed calls as stored after the claim.
     */
    List<VoiceCall> claimDue(Instant now, Duration lease, int limit);
}
