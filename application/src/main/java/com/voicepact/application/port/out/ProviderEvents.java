package com.voicepact.application.port.out;

import java.util.List;
import java.util.Optional;

/** Every provider notification received, keyed so that one applied twice is impossible. */
public interface ProviderEvents {

    Optional<ProviderEvent> findByKey(String key);

    /** @throws ConcurrentUpdateException when an event with this key was recorded by someone else first */
    void record(ProviderEvent event);

    List<ProviderEvent> flagged();
}
