package com.voicepact.adapter.in.web.contract;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/** {@code POST /contracts/create}, as in the original product. */
@Serdeable(naming = SnakeCaseStrategy.class)
record CreateContractRequest(
        @Nullable String transcript,
        @Nullable List<PartyRequest> parties,
        @Nullable String contractType,
        @Nullable TermsRequest terms) {}
