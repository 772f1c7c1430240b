package com.voicepact.adapter.out.persistence;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.audit.AuditRecord;
import java.time.Clock;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the sealer seals for a queued row: its record when the row is VoicePact's, else the refusal of it. */
final class QueuedRecords {

    private static final Logger LOG = LoggerFactory.getLogger(QueuedRecords.class);
    private static final String SEALER = "system:audit-sealer";
    private static final int SUBJECT_WIDTH = 80; // audit_entries.subject

    private QueuedRecords() {}

    /**
     * The row's record, when its time reads and its record MAC is the chain's for it; otherwise an
     * {@link AuditAction#AUDIT_RECORD_REFUSED} record at {@code clock}'s time about the row's subject, whose details
     * give the row's id, why it was refused and every field it claimed.
     */
    static AuditRecord sealable(AuditQueueEntity row, AuditChain chain, Clock clock) {
        String why;
        try {
            AuditRecord record = row.toRecord();
            if (chain.isRecordMac(record, row.recordMac())) {
                return record;
            }
            why = "its record MAC is not the audit key's: it was not queued by VoicePact";
        } catch (DateTimeParseException unreadable) {
            why = "its time '" + row.occurredAt() + "' is not a timestamp";
        } catch (InvalidValueException unreadable) {
            why = unreadable.getMessage();
        }
        LOG.error("audit queue row {} refused: {}", row.id(), why);
        String subject =
                row.subject().isBlank() || row.subject().length() > SUBJECT_WIDTH ? "audit_queue" : row.subject();
        return new AuditRecord(
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                SEALER,
                AuditAction.AUDIT_RECORD_REFUSED.stored(),
                subject,
                "",
                "",
                "queue row " + row.id() + " refused: " + why + "; it claimed at=" + row.occurredAt() + " actor="
                        + row.actor() + " action=" + row.action() + " subject=" + row.subject() + " from="
                        + row.oldStatus() + " to=" + row.newStatus() + " details=" + row.details());
    }
}
