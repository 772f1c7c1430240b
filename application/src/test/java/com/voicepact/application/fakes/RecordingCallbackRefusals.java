package com.voicepact.application.fakes;

import com.voicepact.application.shared.port.out.CallbackRefusalsPort;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts the refusals it is told of, per reason, for tests to read. */
public final class RecordingCallbackRefusals implements CallbackRefusalsPort {

    private final Map<Reason, AtomicInteger> counts = new ConcurrentHashMap<>();

    @Override
    public void refused(Reason reason) {
        counts.computeIfAbsent(reason, r -> new AtomicInteger()).incrementAndGet();
    }

    /** How many refusals for {@code reason} so far. */
    public int count(Reason reason) {
        AtomicInteger count = counts.get(reason);
        return count == null ? 0 : count.get();
    }

    /** Every reason's count so far (reasons never told absent). */
    public Map<Reason, Integer> counts() {
        Map<Reason, Integer> copy = new java.util.EnumMap<>(Reason.class);
        counts.forEach((reason, count) -> copy.put(reason, count.get()));
        return copy;
    }
}
