package com.voicepact.application.escrow.port.out;

import com.voicepact.application.escrow.port.shared.ProviderEvent;
import java.util.List;
import java.util.Optional;

/** Every provider notification received, keyed so that one applied twice is impossible. */
public interface ProviderEvents {

    Optional<ProviderEvent> findByKey(String key);

    /** @throws ConcurrentUpdateException when an event with this key was recorded by someone else first */
    void record(ProviderEvent event);

    /** Every flagged event (unknown transaction, mismatch, refused, applied but flagged), oldest first. */
    List<ProviderEvent> flagged();

    /** A page of the flagged events, newest first (by time received, then by key): {@code limit} of them after {@code offset}. */
    List<ProviderEvent> flagged(int limit, int offset);

    /** How many events are flagged in all. */
    long countFlagged();
}
