package com.voicepact.application.contract.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.TermsSeen;

/**
 * A party's YES or NO, through a channel, by the party itself or an operator acting for it. {@code seen}: what the
 * party is known to have seen of the terms (an SMS's sending time, a screen's fingerprint); a YES on other terms than
 * the current ones is refused ({@link com.voicepact.domain.contract.CurrentTermsPolicy}); null means nothing known.
 */
public record ContractDecisionCommand(
        ContractId contractId, PhoneNumber party, Channel channel, Actor actor, TermsSeen seen) {

    public ContractDecisionCommand {
        InvalidValueException.require(contractId != null, "contract id is required");
        InvalidValueException.require(party != null, "the deciding party's phone number is required");
        InvalidValueException.require(channel != null, "channel is required");
        InvalidValueException.require(actor != null, "actor is required");
        seen = seen == null ? TermsSeen.unknown() : seen;
    }

    /** A decision whose party saw nothing known: it is on the terms in force when it arrives. */
    public ContractDecisionCommand(ContractId contractId, PhoneNumber party, Channel channel, Actor actor) {
        this(contractId, party, channel, actor, TermsSeen.unknown());
    }

    public static ContractDecisionCommand fromParty(ContractId id, PhoneNumber party, Channel channel) {
        return new ContractDecisionCommand(id, party, channel, Actor.party(party));
    }

    /** The party's own decision, having seen {@code seen} of the terms. */
    public static ContractDecisionCommand fromParty(ContractId id, PhoneNumber party, Channel channel, TermsSeen seen) {
        return new ContractDecisionCommand(id, party, channel, Actor.party(party), seen);
    }

    public static ContractDecisionCommand byOperator(ContractId id, PhoneNumber party, String operatorKeyId) {
        return new ContractDecisionCommand(id, party, Channel.API, Actor.operatorFor(operatorKeyId, party));
    }
}
