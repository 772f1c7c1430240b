package com.voicepact.application.fakes;

import com.voicepact.application.port.out.ConcurrentUpdateException;
import com.voicepact.application.port.out.VoiceCalls;
import com.voicepact.domain.voice.VoiceCall;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryVoiceCalls implements VoiceCalls {

    private final Map<String, VoiceCall.Snapshot> calls = new ConcurrentHashMap<>();

    @Override
    public synchronized VoiceCall save(VoiceCall call) {
        VoiceCall.Snapshot current = calls.get(call.id());
        long stored = current == null ? 0 : current.version();
        if (stored != call.version()) {
            throw new ConcurrentUpdateException("call " + call.id() + " moved on", null);
        }
        VoiceCall.Snapshot s = call.snapshot();
        VoiceCall.Snapshot saved = new VoiceCall.Snapshot(s.id(), s.sessionId(), s.parties(), s.contractType(), s.status(),
                s.recordingUrl(), s.durationSeconds(), s.hangupCause(), s.processing(), s.transcript(), s.contractId(), s.attempts(),
                s.lastError(), s.createdAt(), s.endedAt(), s.nextAttemptAt(), stored + 1);
        calls.put(call.id(), saved);
        return VoiceCall.reconstitute(saved);
    }

    @Override
    public Optional<VoiceCall> findById(String id) {
        return Optional.ofNullable(calls.get(id)).map(VoiceCall::reconstitute);
    }

    @Override
    public Optional<VoiceCall> findBySessionId(String sessionId) {
        return calls.values().stream().filter(s -> s.sessionId().equals(sessionId)).findFirst().map(VoiceCall::reconstitute);
    }

    @Override
    public List<VoiceCall> findAwaitingProcessing(Instant now, int limit) {
        return calls.values().stream().map(VoiceCall::reconstitute).filter(c -> c.awaitsProcessing(now))
                .sorted(Comparator.comparing(VoiceCall::createdAt)).limit(limit).toList();
    }
}
