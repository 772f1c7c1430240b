package com.voicepact.application.voice.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import java.time.LocalDate;
import java.util.List;

/** A negotiation's transcript and who took part: to become a PENDING contract when its terms are complete. */
public record DraftFromTranscriptCommand(
        String transcript, List<Party> parties, ContractType type, LocalDate callDate, Actor actor) {

    public DraftFromTranscriptCommand {
        InvalidValueException.require(transcript != null && !transcript.isBlank(), "transcript is required");
        InvalidValueException.require(transcript.length() <= 100_000, "transcript must be at most 100000 characters");
        InvalidValueException.require(parties != null && parties.size() >= 2, "a contract needs at least two parties");
        InvalidValueException.require(type != null && actor != null, "contract type and actor are required");
        parties = List.copyOf(parties);
    }
}
