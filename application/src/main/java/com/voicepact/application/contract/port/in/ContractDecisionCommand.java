package com.voicepact.application.contract.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.ContractId;

/** A party's YES or NO, through a channel, by the party itself or an operator acting for it. */
public record ContractDecisionCommand(ContractId contractId, PhoneNumber party, Channel channel, Actor actor) {

    public ContractDecisionCommand {
        InvalidValueException.require(contractId != null, "contract id is required");
        InvalidValueException.require(party != null, "the deciding party's phone number is required");
        InvalidValueException.require(channel != null, "channel is required");
        InvalidValueException.require(actor != null, "actor is required");
    }

    public static ContractDecisionCommand fromParty(ContractId id, PhoneNumber party, Channel channel) {
        return new ContractDecisionCommand(id, party, channel, Actor.party(party));
    }

    public static ContractDecisionCommand byOperator(ContractId id, PhoneNumber party, String operatorKeyId) {
        return new ContractDecisionCommand(id, party, Channel.API, Actor.operatorFor(operatorKeyId, party));
    }
}
