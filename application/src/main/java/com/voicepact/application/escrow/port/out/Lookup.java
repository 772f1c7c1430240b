package com.voicepact.application.escrow.port.out;

import com.voicepact.application.escrow.port.shared.MovementOutcome;
import java.util.Objects;

/** The answer to a lookup: known now, never received by the provider, or asked (the answer comes as a callback). */
public sealed interface Lookup {

    /** The provider knows the movement; its outcome may still be {@link MovementOutcome.Pending}. */
    record Found(ProviderMovement movement) implements Lookup {
        public Found {
            Objects.requireNonNull(movement, "movement");
        }
    }

    /** The provider has no such movement: it never received the request. */
    record NotFound() implements Lookup {}

    /**
     * An asynchronous provider took the question; its answer will arrive as a callback that settles the
     * movement. {@code queryReference}: the provider's id of the question, for the log.
     */
    record Asked(String queryReference) implements Lookup {}
}
