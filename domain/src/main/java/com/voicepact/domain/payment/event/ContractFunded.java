package com.voicepact.domain.payment.event;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.ContractEscrow;
import java.time.Instant;

/**
 * A CONFIRMED contract became ACTIVE: its locked payments hold {@code held} of its {@code total}. Its
 * {@code buyer} and {@code seller} (their phones) are told.
 */
public record ContractFunded(
        ContractId contract, PhoneNumber buyer, PhoneNumber seller, Money held, Money total, Instant at)
        implements EscrowEvent {
    public ContractFunded {
        InvalidValueException.require(
                contract != null && buyer != null && seller != null && held != null && total != null && at != null,
                "a funded contract names its parties, what is held of its total, and when");
    }

    /** {@code escrow}: the contract, just marked funded, with its payments. */
    public static ContractFunded of(ContractEscrow escrow, Instant at) {
        return new ContractFunded(
                escrow.contract().id(),
                escrow.contract().agreement().buyer().phone(),
                escrow.contract().agreement().seller().phone(),
                escrow.held(),
                escrow.total(),
                at);
    }
}
