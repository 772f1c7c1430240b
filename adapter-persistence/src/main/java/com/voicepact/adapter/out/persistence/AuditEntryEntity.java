package com.voicepact.adapter.out.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("audit_entries")
record AuditEntryEntity(
        @Id Long sequence,
        String occurredAt,
        String actor,
        String action,
        String subject,
        String oldStatus,
        String newStatus,
        String details,
        String previousMac,
        String mac) {}
