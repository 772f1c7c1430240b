package com.voicepact.adapter.in.web.contract;

import com.voicepact.domain.contract.Party;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

@Serdeable(naming = SnakeCaseStrategy.class)
record PartyResponse(String phoneNumber, String role, String name) {

    static PartyResponse from(Party party) {
        return new PartyResponse(party.phone().e164(), party.role().wireName(), party.name());
    }
}
