package com.voicepact.adapter.out.persistence;

import com.voicepact.domain.audit.AuditEntry;
import com.voicepact.domain.audit.AuditRecord;
import io.micronaut.core.annotation.Nullable;
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
        String mac,
        @Nullable String recordId) {

    static AuditEntryEntity of(AuditEntry entry) {
        return of(entry, null);
    }

    /** {@code entry}, sealed from the queued record {@code recordId} (null when it was not queued). */
    static AuditEntryEntity of(AuditEntry entry, String recordId) {
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
                entry.mac(),
                recordId);
    }

    AuditEntry toDomain() {
        return new AuditEntry(
                sequence,
                new AuditRecord(Instant.parse(occurredAt), actor, action, subject, oldStatus, newStatus, details),
                previousMac,
                mac);
    }
}
