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
record ContractResponse(String contractId, String status, String contractType, Instant createdAt, Instant expiresAt,
                        @Nullable Instant confirmedAt, BigDecimal totalAmount, String currency,
                        List<PartyResponse> parties, TermsResponse terms, String contractHash) {

    static ContractResponse from(Contract c) {
        return new ContractResponse(c.id().value(), c.status().wireName(), c.type().wireName(), c.createdAt(),
                c.expiresAt(), c.confirmedAt().orElse(null), c.terms().total().amount(), c.terms().total().currency().name(),
                c.parties().stream().map(PartyResponse::from).toList(), TermsResponse.from(c.terms()), c.fingerprint());
    }
}
