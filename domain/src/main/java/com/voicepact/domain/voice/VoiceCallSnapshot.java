package com.voicepact.domain.voice;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import java.time.Instant;
import java.util.List;

/** Every stored field of a voice call; the persistence mapper's way in and out of the aggregate. */
public record VoiceCallSnapshot(
        String id,
        String sessionId,
        List<Party> parties,
        ContractType contractType,
        CallStatus status,
        String recordingUrl,
        Integer durationSeconds,
        String hangupCause,
        ProcessingStatus processing,
        String transcript,
        ContractId contractId,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant endedAt,
        Instant nextAttemptAt,
        long version) {

    /**
     * A call just started: CALLING, its recording WAITING, nothing heard yet, never saved.
     *
     * @throws InvalidValueException without ids, with fewer than two parties or a phone twice
     */
    static VoiceCallSnapshot calling(String id, String sessionId, List<Party> parties, ContractType type, Instant at) {
        InvalidValueException.require(
                id != null && sessionId != null && !sessionId.isBlank(), "call and session ids are required");
        InvalidValueException.require(
                parties != null && parties.size() >= 2, "a negotiation call needs at least two parties");
        InvalidValueException.require(
                parties.stream().map(Party::phone).distinct().count() == parties.size(),
                "each party needs a different phone number");
        return new VoiceCallSnapshot(
                id,
                sessionId,
                parties,
                type,
                CallStatus.CALLING,
                null,
                null,
                null,
                ProcessingStatus.WAITING,
                null,
                null,
                0,
                null,
                at,
                null,
                null,
                0);
    }

    /** A call's fields, read from its parts. */
    static VoiceCallSnapshot of(
            String id,
            String sessionId,
            List<Party> parties,
            ContractType type,
            CallProgress progress,
            RecordingProcessing processing,
            Instant createdAt,
            long version) {
        return new VoiceCallSnapshot(
                id,
                sessionId,
                parties,
                type,
                progress.status(),
                progress.recordingUrl(),
                progress.durationSeconds(),
                progress.hangupCause(),
                processing.status(),
                processing.transcript(),
                processing.contractId(),
                processing.attempts(),
                processing.lastError(),
                createdAt,
                progress.endedAt(),
                processing.nextAttemptAt(),
                version);
    }
}
