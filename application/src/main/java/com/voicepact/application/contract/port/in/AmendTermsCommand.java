package com.voicepact.application.contract.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.TermCorrection;

/** A party's correction of one term of a pending contract, through a channel (SMS, USSD), by the party itself. */
public record AmendTermsCommand(
        ContractId contractId, PhoneNumber party, TermCorrection correction, Channel channel, Actor actor) {

    public AmendTermsCommand {
        InvalidValueException.require(contractId != null, "contract id is required");
        InvalidValueException.require(party != null, "the correcting party's phone number is required");
        InvalidValueException.require(correction != null, "the correction is required");
        InvalidValueException.require(channel != null, "channel is required");
        InvalidValueException.require(actor != null, "actor is required");
    }

    public static AmendTermsCommand fromParty(
            ContractId id, PhoneNumber party, TermCorrection correction, Channel channel) {
        return new AmendTermsCommand(id, party, correction, channel, Actor.party(party));
    }
}
