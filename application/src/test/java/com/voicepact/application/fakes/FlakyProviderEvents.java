package com.voicepact.application.fakes;

import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.escrow.port.shared.ProviderEvent;
import java.util.List;
import java.util.Optional;

/** Provider events whose store can be made unavailable, for reads or for writes, as a database briefly down. */
public final class FlakyProviderEvents implements ProviderEvents {

    private final ProviderEvents store;
    private volatile boolean readsFail;
    private volatile boolean writesFail;

    public FlakyProviderEvents(ProviderEvents store) {
        this.store = store;
    }

    public void failReads(boolean fail) {
        this.readsFail = fail;
    }

    public void failWrites(boolean fail) {
        this.writesFail = fail;
    }

    @Override
    public Optional<ProviderEvent> findByKey(String key) {
        if (readsFail) {
            throw new IllegalStateException("simulated: connection to the database refused");
        }
        return store.findByKey(key);
    }

    @Override
    public void record(ProviderEvent event) {
        if (writesFail) {
            throw new IllegalStateException("simulated: connection to the database lost");
        }
        store.record(event);
    }

    @Override
    public List<ProviderEvent> flagged() {
        return store.flagged();
    }

    @Override
    public List<ProviderEvent> flagged(int limit, int offset) {
        return store.flagged(limit, offset);
    }

    @Override
    public long countFlagged() {
        return store.countFlagged();
    }
}
