package com.voicepact.domain.payment.event;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.TransactionId;
import java.time.Instant;

/** The checks every escrow event shares. */
final class EventChecks {

    private EventChecks() {}

    static void requireCommon(
            TransactionId payment, ContractId contract, PaymentStatus from, PaymentStatus to, Instant at) {
        InvalidValueException.require(
                payment != null && contract != null && from != null && to != null && at != null,
                "an escrow event names its payment, contract, statuses and time");
    }
}
