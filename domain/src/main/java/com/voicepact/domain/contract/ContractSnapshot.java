package com.voicepact.domain.contract;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Every stored field of a contract; the persistence mapper's way in and out of the aggregate. {@code termsSince}: when
 * the current terms were made (null: at {@code createdAt}); {@code termsVersion}: their number, 1 for the terms the
 * contract was made with, one more at each change (below 1: read as 1).
 */
public record ContractSnapshot(
        ContractId id,
        ContractType type,
        List<Party> parties,
        ContractTerms terms,
        String transcript,
        TermMarks marks,
        Instant termsSince,
        int termsVersion,
        ContractStatus status,
        Instant createdAt,
        Instant expiresAt,
        Instant confirmedAt,
        Instant activatedAt,
        Instant closedAt,
        List<Confirmation> confirmations,
        DeliveryReport delivery,
        Dispute dispute,
        Set<PhoneNumber> cancellationRequests,
        long version) {

    /**
     * A new PENDING contract's fields, awaiting every party's confirmation within {@code confirmationWindow}; the
     * transcript is stripped (null: empty); {@code marks} are the terms heard with low confidence (null: none).
     *
     * @throws InvalidValueException without id, type, terms or time, with a window not positive, invalid parties or a
     *     transcript over 100,000 characters
     */
    static ContractSnapshot pending(
            ContractId id,
            ContractType type,
            List<Party> parties,
            ContractTerms terms,
            String transcript,
            TermMarks marks,
            Instant now,
            Duration confirmationWindow) {
        InvalidValueException.require(
                id != null && type != null && terms != null && now != null, "id, type, terms and time are required");
        InvalidValueException.require(
                confirmationWindow != null && !confirmationWindow.isNegative() && !confirmationWindow.isZero(),
                "confirmation window must be positive");
        Parties.validated(parties);
        String cleanTranscript = transcript == null ? "" : transcript.strip();
        InvalidValueException.require(
                cleanTranscript.length() <= 100_000, "transcript must be at most 100000 characters");
        return new ContractSnapshot(
                id,
                type,
                parties,
                terms,
                cleanTranscript,
                marks == null ? TermMarks.none() : marks,
                now,
                1,
                ContractStatus.PENDING,
                now,
                now.plus(confirmationWindow),
                null,
                null,
                null,
                List.of(),
                null,
                null,
                Set.of(),
                0);
    }

    /** Every field of {@code contract} as it stands now. */
    static ContractSnapshot of(Contract contract) {
        ContractTimeline timeline = contract.timeline();
        TermsAgreement agreement = contract.agreement();
        return new ContractSnapshot(
                contract.id(),
                contract.type(),
                agreement.parties(),
                agreement.terms(),
                agreement.transcript(),
                agreement.uncertain(),
                agreement.termsSince(),
                agreement.termsVersion(),
                timeline.status(),
                timeline.createdAt(),
                timeline.expiresAt(),
                timeline.confirmedAt().orElse(null),
                timeline.activatedAt().orElse(null),
                timeline.closedAt().orElse(null),
                agreement.confirmations(),
                contract.fulfilment().delivery().orElse(null),
                contract.fulfilment().dispute().orElse(null),
                contract.cancellation().cancellationRequests(),
                contract.version());
    }
}
