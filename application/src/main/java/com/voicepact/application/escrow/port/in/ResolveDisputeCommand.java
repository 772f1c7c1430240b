package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.DisputeResolution;
import java.math.BigDecimal;

public record ResolveDisputeCommand(
        ContractId contractId, DisputeResolution resolution, BigDecimal sellerShare, Actor actor) {

    public ResolveDisputeCommand {
        InvalidValueException.require(
                contractId != null && resolution != null && actor != null,
                "contract, resolution and actor are required");
        InvalidValueException.require(actor.kind() == Actor.Kind.OPERATOR, "only an operator resolves a dispute");
    }
}
