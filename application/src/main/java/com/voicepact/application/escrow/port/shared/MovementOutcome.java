package com.voicepact.application.escrow.port.shared;

import com.voicepact.domain.common.Money;
import java.util.Objects;

/**
 * A provider's verdict on one movement of money, in no provider's words: it {@link Succeeded} (with the
 * amount that really moved and the provider's receipt, an opaque id), {@link Failed} (with a reason
 * category and the provider's own description for the operator), is still {@link Pending}, or is
 * {@link Unknown} to the provider (it never received the request).
 */
public sealed interface MovementOutcome {

    record Succeeded(Money amount, String receipt) implements MovementOutcome {
        public Succeeded {
            Objects.requireNonNull(amount, "amount");
        }
    }

    record Failed(FailureReason reason, String description) implements MovementOutcome {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            description = description == null ? "" : description;
        }
    }

    record Pending() implements MovementOutcome {}

    record Unknown() implements MovementOutcome {}
}
