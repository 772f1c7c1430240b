package com.voicepact.application.escrow.port.out;

import com.voicepact.application.escrow.port.shared.FailureReason;
import java.util.Objects;

/** The provider's answer to a request it received: accepted under its reference, or refused with a reason. */
public sealed interface GatewayAnswer {

    /** Accepted: the outcome comes later (a callback, or a lookup). {@code providerReference}: the provider's opaque id. */
    record Accepted(String providerReference, String description) implements GatewayAnswer {
        public Accepted {
            Objects.requireNonNull(providerReference, "providerReference");
            description = description == null ? "" : description;
        }
    }

    /** Refused: nothing moved. {@code description}: the provider's own words, for the operator. */
    record Refused(FailureReason reason, String description) implements GatewayAnswer {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            description = description == null ? "" : description;
        }
    }
}
