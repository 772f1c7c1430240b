package com.voicepact.adapter.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

@MappedEntity("ledger_lines")
record LedgerLineEntity(
        @Id @GeneratedValue @Nullable Long id,
        String postingId,
        int lineNo,
        String accountType,
        @Nullable String accountContract,
        String side,
        BigDecimal amount,
        String currency) {}
