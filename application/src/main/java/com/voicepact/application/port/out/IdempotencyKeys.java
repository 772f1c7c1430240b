package com.voicepact.application.port.out;

import com.voicepact.domain.payment.TransactionId;
import java.util.Optional;

/** Client idempotency keys of checkouts and the payment each one created. */
public interface IdempotencyKeys {

    Optional<TransactionId> find(String key);

    /** @throws ConcurrentUpdateException when the key is taken */
    void remember(String key, TransactionId payment);
}
