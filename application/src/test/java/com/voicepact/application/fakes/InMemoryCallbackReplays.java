package com.voicepact.application.fakes;

import com.voicepact.application.shared.port.out.CallbackReplays;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** The replay memory in a map: lost with the process, which is what the database adapter is for. */
public final class InMemoryCallbackReplays implements CallbackReplays {

    private final Map<String, Instant> kept = new HashMap<>();

    @Override
    public synchronized Receipt remember(String key, Instant now, Instant keptUntil) {
        kept.values().removeIf(until -> until.isBefore(now));
        return kept.putIfAbsent(key, keptUntil) == null ? Receipt.FIRST : Receipt.REPLAY;
    }

    @Override
    public synchronized void forget(String key) {
        kept.remove(key);
    }

    public synchronized int size() {
        return kept.size();
    }
}
