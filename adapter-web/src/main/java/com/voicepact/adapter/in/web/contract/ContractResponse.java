package com.voicepact.adapter.in.web.contract;

import com.voicepact.domain.contract.Contract;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The original product's contract answer, plus type, terms and confirmation time. */
@Serdeable(naming = SnakeCaseStrategy.class)
record ContractResponse(
        String contractId,
        String status,
        String contractType,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant confirmedAt,
        BigDecimal totalAmount,
        String currency,
        List<PartyResponse> parties,
        TermsResponse terms,
        String contractHash) {

    static ContractResponse from(Contract c) {
        return new ContractResponse(
                c.id().value(),
                c.status().wireName(),
                c.type().wireName(),
                c.timeline().createdAt(),
                c.timeline().expiresAt(),
                c.timeline().confirmedAt().orElse(null),
                c.agreement().terms().total().amount(),
                c.agreement().terms().total().currency().name(),
                c.agreement().parties().stream().map(PartyResponse::from).toList(),
                TermsResponse.from(c.agreement().terms()),
                c.agreement().fingerprint());
    }
}
