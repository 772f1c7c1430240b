package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.ContractId;
import java.math.BigDecimal;

/** A party's delivery action; {@code partialQuantity} only for a partial delivery report. */
public record DeliveryCommand(
        ContractId contractId, PhoneNumber party, BigDecimal partialQuantity, Channel channel, Actor actor) {

    public DeliveryCommand {
        InvalidValueException.require(
                contractId != null && party != null && channel != null && actor != null,
                "contract, party, channel and actor are required");
    }
}
