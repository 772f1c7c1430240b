package com.voicepact.domain.contract;

import com.voicepact.domain.common.PhoneNumber;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Every stored field of a contract; the persistence mapper's way in and out of the aggregate. */
public record ContractSnapshot(ContractId id, ContractType type, List<Party> parties, ContractTerms terms,
                               String transcript, ContractStatus status, Instant createdAt, Instant expiresAt,
                               Instant confirmedAt, Instant activatedAt, Instant closedAt,
                               List<Confirmation> confirmations, DeliveryReport delivery, Dispute dispute,
                               Set<PhoneNumber> cancellationRequests, long version) {
}
