package com.voicepact.adapter.out.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("ledger_postings")
record PostingEntity(@Id String id, String contractId, String transactionId, String kind, Instant postedAt) {}
