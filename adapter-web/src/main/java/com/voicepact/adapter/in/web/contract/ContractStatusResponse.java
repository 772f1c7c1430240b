package com.voicepact.adapter.in.web.contract;

import com.voicepact.domain.contract.Confirmation;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.Party;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code GET /contracts/{id}/status}: each party's signature and the progress towards CONFIRMED. */
@Serdeable(naming = SnakeCaseStrategy.class)
record ContractStatusResponse(
        String contractId,
        String status,
        Instant createdAt,
        @Nullable Instant confirmedAt,
        List<Signature> signatures,
        Progress progress) {

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Signature(
            String phoneNumber,
            String role,
            String status,
            @Nullable Instant signedAt,
            @Nullable String channel) {}

    @Serdeable
    record Progress(long signed, int total, boolean complete) {}

    static ContractStatusResponse from(Contract c) {
        List<Signature> signatures =
                c.agreement().parties().stream().map(p -> signature(c, p)).toList();
        long signed =
                signatures.stream().filter(s -> s.status().equals("signed")).count();
        return new ContractStatusResponse(
                c.id().value(),
                c.status().wireName(),
                c.timeline().createdAt(),
                c.timeline().confirmedAt().orElse(null),
                signatures,
                new Progress(signed, signatures.size(), signed == signatures.size()));
    }

    private static Signature signature(Contract c, Party p) {
        Optional<Confirmation> decision = c.agreement().decisionOf(p.phone());
        String status = decision.map(d -> d.isYes() ? "signed" : "rejected")
                .orElse(c.status() == ContractStatus.EXPIRED ? "expired" : "pending");
        return new Signature(
                p.phone().e164(),
                p.role().wireName(),
                status,
                decision.map(Confirmation::decidedAt).orElse(null),
                decision.map(d -> d.channel().wireName()).orElse(null));
    }
}
