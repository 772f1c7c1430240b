package com.voicepact.domain.payment.event;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import java.time.Instant;

/** Every payment of the contract is paid out and something reached the seller: it went {@code from} its status to COMPLETED. */
public record ContractCompleted(ContractId contract, ContractStatus from, Instant at) implements EscrowEvent {
    public ContractCompleted {
        InvalidValueException.require(
                contract != null && from != null && at != null,
                "a completed contract names its status before, and when");
    }

    /** {@code completed}: the contract right after it completed; {@code before}: its status until then. */
    public static ContractCompleted of(Contract completed, ContractStatus before, Instant at) {
        return new ContractCompleted(completed.id(), before, at);
    }
}
