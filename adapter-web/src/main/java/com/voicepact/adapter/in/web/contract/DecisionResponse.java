package com.voicepact.adapter.in.web.contract;

import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** The original product's confirm answer ({@code status, contract_id, signed_by, all_signed}) plus the contract's status. */
@Serdeable(naming = SnakeCaseStrategy.class)
record DecisionResponse(String status, String contractId, String signedBy, boolean allSigned, String contractStatus) {

    static DecisionResponse confirmed(Contract contract, PhoneNumber party) {
        return new DecisionResponse(
                "confirmed",
                contract.id().value(),
                party.e164(),
                contract.status() != ContractStatus.PENDING,
                contract.status().wireName());
    }

    static DecisionResponse declined(Contract contract, PhoneNumber party) {
        return new DecisionResponse(
                "declined",
                contract.id().value(),
                party.e164(),
                false,
                contract.status().wireName());
    }
}
