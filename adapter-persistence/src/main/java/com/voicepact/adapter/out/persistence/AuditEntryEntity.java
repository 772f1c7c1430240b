package com.voicepact.adapter.out.persistence;

import com.voicepact.domain.audit.AuditEntry;
import com.voicepact.domain.audit.AuditRecord;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

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
        String mac) {

    static AuditEntryEntity of(AuditEntry entry) {
        AuditRecord r = entry.record();
        return new AuditEntryEntity(
                entry.sequence(),
                r.at().toString(),
                r.actor(),
                r.action(),
                r.subject(),
                r.oldStatus(),
                r.newStatus(),
                r.details(),
                entry.previousMac(),
                entry.mac());
    }

    AuditEntry toDomain() {
        return new AuditEntry(
                sequence,
                new AuditRecord(Instant.parse(occurredAt), actor, action, subject, oldStatus, newStatus, details),
                previousMac,
                mac);
    }
}
