package com.voicepact.application.voice.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import java.util.List;

/**
 * A negotiation call: {@code parties} in calling order (the first is called, the others dialled in once it answers),
 * at least two; {@code type} the contract the call should end in.
 *
 * @throws InvalidValueException when fewer than two parties are given
 */
public record StartConferenceCommand(List<Party> parties, ContractType type) {

    public StartConferenceCommand {
        InvalidValueException.require(
                parties != null && parties.size() >= 2, "a negotiation call needs at least two parties");
        parties = List.copyOf(parties);
    }
}
