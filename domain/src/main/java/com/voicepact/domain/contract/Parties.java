package com.voicepact.domain.contract;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;
import java.util.List;
import java.util.Optional;

/**
 * The parties of a contract: exactly one buyer and one seller, mediators and witnesses optional, at most 10 in all, each
 * with a different phone (docs/architecture.md, "Contract rules the design left open").
 */
record Parties(List<Party> all) {

    Parties {
        all = List.copyOf(all);
    }

    /**
     * @throws InvalidValueException when the list breaks a rule of the class comment
     */
    static Parties validated(List<Party> parties) {
        InvalidValueException.require(parties != null && parties.size() >= 2, "a contract needs at least two parties");
        InvalidValueException.require(parties.size() <= 10, "a contract has at most 10 parties");
        long buyers = parties.stream().filter(p -> p.role() == PartyRole.BUYER).count();
        long sellers =
                parties.stream().filter(p -> p.role() == PartyRole.SELLER).count();
        InvalidValueException.require(buyers == 1 && sellers == 1, "a contract needs exactly one buyer and one seller");
        long distinctPhones = parties.stream().map(Party::phone).distinct().count();
        InvalidValueException.require(distinctPhones == parties.size(), "each party needs a different phone number");
        return new Parties(parties);
    }

    Optional<Party> with(PhoneNumber phone) {
        return all.stream().filter(p -> p.has(phone)).findFirst();
    }

    Party inRole(PartyRole role) {
        return all.stream().filter(p -> p.role() == role).findFirst().orElseThrow();
    }

    /** @throws PartyNotEntitledException when {@code phone} is no party of contract {@code id} */
    Party require(ContractId id, PhoneNumber phone) {
        return with(phone).orElseThrow(() -> new PartyNotEntitledException(id, phone, "is not a party"));
    }

    /** @throws PartyNotEntitledException when {@code phone} is neither the buyer nor the seller of contract {@code id} */
    Party requireBuyerOrSeller(ContractId id, PhoneNumber phone) {
        Party party = require(id, phone);
        if (party.role() != PartyRole.BUYER && party.role() != PartyRole.SELLER) {
            throw new PartyNotEntitledException(id, phone, "is neither the buyer nor the seller");
        }
        return party;
    }
}
