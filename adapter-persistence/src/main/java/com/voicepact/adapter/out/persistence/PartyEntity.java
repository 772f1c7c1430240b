package com.voicepact.adapter.out.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("contract_parties")
record PartyEntity(
        @Id @GeneratedValue @Nullable Long id,
        String contractId,
        String phone,
        String role,
        String name,
        int position) {}
