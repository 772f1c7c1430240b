package com.voicepact.adapter.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("contracts")
record ContractEntity(
        @Id String id,
        @Version Long version,
        String contractType,
        String status,
        String fingerprint,
        String transcript,
        String uncertainTerms,
        @Nullable Instant termsSince,
        int termsVersion,
        String product,
        @Nullable BigDecimal quantity,
        @Nullable String unit,
        @Nullable BigDecimal unitPrice,
        BigDecimal totalAmount,
        String currency,
        @Nullable String deliveryLocation,
        @Nullable LocalDate deliveryDeadline,
        @Nullable String qualityRequirements,
        @Nullable String paymentTerms,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant confirmedAt,
        @Nullable Instant activatedAt,
        @Nullable Instant closedAt,
        @Nullable Boolean deliveryPartial,
        @Nullable BigDecimal deliveredQuantity,
        @Nullable String deliveredUnit,
        @Nullable Instant deliveryReportedAt,
        @Nullable Instant deliveryAcceptedAt,
        @Nullable String disputeRaisedBy,
        @Nullable String disputeReason,
        @Nullable Instant disputeRaisedAt,
        @Nullable String disputeResolution,
        @Nullable BigDecimal disputeSellerShare,
        @Nullable Instant disputeResolvedAt,
        String cancellationRequestedBy) {}
