package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.common.PlainText;
import com.voicepact.domain.contract.ContractId;

public record DisputeCommand(ContractId contractId, PhoneNumber party, String reason, Actor actor) {

    public DisputeCommand {
        InvalidValueException.require(
                contractId != null && party != null && actor != null, "contract, party and actor are required");
        InvalidValueException.require(reason != null && !reason.isBlank(), "a dispute needs a reason");
        PlainText.require(
                reason,
                "reason"); // an SMS's reason is cleaned before (Dispute.fitReason), so only the API's is refused
    }
}
