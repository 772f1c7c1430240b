package com.voicepact.adapter.out.mpesa;

import com.voicepact.application.escrow.port.shared.FailureReason;
import java.util.Objects;

/**
 * Daraja's synchronous answer to a request it received: {@link Accepted} (it took the request; for asynchronous APIs
 * the outcome comes later by callback) or {@link Refused} (it provably did not act, with its code, description and the
 * neutral reason; {@code PROVIDER_BUSY} refusals such as spike arrest are worth trying again later). A call that may
 * have reached Daraja without an answer is neither: it throws {@code GatewayException} with {@code ambiguous} set.
 */
public sealed interface DarajaAnswer<T> {

    record Accepted<T>(T value) implements DarajaAnswer<T> {
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    record Refused<T>(String code, String description, FailureReason reason) implements DarajaAnswer<T> {
        public Refused {
            Objects.requireNonNull(reason, "reason");
            code = code == null ? "" : code;
            description = description == null ? "" : description;
        }
    }
}
