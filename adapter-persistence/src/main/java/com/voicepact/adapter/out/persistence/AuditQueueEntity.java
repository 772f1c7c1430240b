package com.voicepact.adapter.out.persistence;

import com.voicepact.domain.audit.AuditRecord;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code audit_queue} (V101): an audit record committed with its change, not sealed yet. */
@MappedEntity("audit_queue")
record AuditQueueEntity(
        @Id @GeneratedValue @Nullable Long id,
        String occurredAt,
        String actor,
        String action,
        String subject,
        String oldStatus,
        String newStatus,
        String details,
        String recordId,
        String recordMac) {

    static AuditQueueEntity of(AuditRecord r, String recordId, String recordMac) {
        return new AuditQueueEntity(
                null,
                r.at().toString(),
                r.actor(),
                r.action(),
                r.subject(),
                r.oldStatus(),
                r.newStatus(),
                r.details(),
                recordId,
                recordMac);
    }

    /** @throws java.time.format.DateTimeParseException when its time is not an ISO-8601 instant */
    AuditRecord toRecord() {
        return new AuditRecord(Instant.parse(occurredAt), actor, action, subject, oldStatus, newStatus, details);
    }
}
