package com.voicepact.domain.contract;

import com.voicepact.domain.NotPermittedException;
import com.voicepact.domain.common.PhoneNumber;

/** The phone is not a party of the contract, or not in the role the action needs. */
public final class PartyNotEntitledException extends NotPermittedException {

    public PartyNotEntitledException(ContractId id, PhoneNumber phone, String reason) {
        super("phone " + phone.masked() + " " + reason + " on contract " + id);
    }
}
