package com.voicepact.application.fakes;

import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.application.voice.port.out.VoiceCalls;
import com.voicepact.domain.voice.VoiceCall;
import com.voicepact.domain.voice.VoiceCallSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Calls in memory, with versions, processing leases and rollback, behaving as the JDBC adapter does. */
public final class InMemoryVoiceCalls implements VoiceCalls {

    private final Map<String, VoiceCallSnapshot> calls = new ConcurrentHashMap<>();
    private final Map<String, Instant> leases = new ConcurrentHashMap<>();
    private final InMemoryTransactions transactions;

    public InMemoryVoiceCalls(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public synchronized VoiceCall save(VoiceCall call) {
        VoiceCallSnapshot current = calls.get(call.id());
        long stored = current == null ? 0 : current.version();
        if (stored != call.version()) {
            throw new ConcurrentUpdateException("call " + call.id() + " moved on", null);
        }
        VoiceCallSnapshot s = call.snapshot();
        VoiceCallSnapshot saved = new VoiceCallSnapshot(
                s.id(),
                s.sessionId(),
                s.parties(),
                s.contractType(),
                s.status(),
                s.recordingUrl(),
                s.durationSeconds(),
                s.hangupCause(),
                s.processing(),
                s.transcript(),
                s.contractId(),
                s.attempts(),
                s.lastError(),
                s.createdAt(),
                s.endedAt(),
                s.nextAttemptAt(),
                stored + 1);
        Instant lease = leases.remove(call.id());
        calls.put(call.id(), saved);
        transactions.onRollback(() -> restore(call.id(), current, lease));
        return VoiceCall.reconstitute(saved);
    }

    private synchronized void restore(String id, VoiceCallSnapshot previous, Instant lease) {
        if (previous == null) {
            calls.remove(id);
        } else {
            calls.put(id, previous);
        }
        if (lease != null) {
            leases.put(id, lease);
        }
    }

    @Override
    public Optional<VoiceCall> findById(String id) {
        return Optional.ofNullable(calls.get(id)).map(VoiceCall::reconstitute);
    }

    @Override
    public Optional<VoiceCall> findBySessionId(String sessionId) {
        return calls.values().stream()
                .filter(s -> s.sessionId().equals(sessionId))
                .findFirst()
                .map(VoiceCall::reconstitute);
    }

    /** The claim commits on its own, as the JDBC adapter's does: a rollback of the caller's work does not free it. */
    @Override
    public synchronized List<VoiceCall> claimDue(Instant now, Duration lease, int limit) {
        List<VoiceCall> claimed = new ArrayList<>();
        calls.values().stream()
                .map(VoiceCall::reconstitute)
                .filter(c -> c.awaitsProcessing(now))
                .filter(c -> leases.get(c.id()) == null || leases.get(c.id()).isBefore(now))
                .sorted(Comparator.comparing(VoiceCall::createdAt).thenComparing(VoiceCall::id))
                .limit(limit)
                .forEach(c -> {
                    leases.put(c.id(), now.plus(lease));
                    claimed.add(c);
                });
        return claimed;
    }
}
