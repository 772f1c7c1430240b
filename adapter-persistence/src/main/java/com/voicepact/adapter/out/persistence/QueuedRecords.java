package com.voicepact.adapter.out.persistence;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.audit.AuditRecord;
import java.time.Clock;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the sealer seals for a queued row: its record when the row is VoicePact's and new, else the refusal of it. */
final class QueuedRecords {

    private static final Logger LOG = LoggerFactory.getLogger(QueuedRecords.class);
    private static final String SEALER = "system:audit-sealer";
    private static final int SUBJECT_WIDTH = 80; // audit_entries.subject
    private static final int QUOTED = 200; // characters of each claimed field a refusal repeats

    private QueuedRecords() {}

    /** What to seal for a row: its own record ({@code genuine}) or the refusal of it. */
    record Sealable(AuditRecord record, boolean genuine) {}

    /**
     * The row's record, when its time reads, its record MAC is the chain's for its id and content, and no entry was
     * sealed from that id already ({@code sealedIds}); otherwise an {@link AuditAction#AUDIT_RECORD_REFUSED} record at
     * {@code clock}'s time about the row's subject, whose details say why and repeat the first {@value #QUOTED}
     * characters of every field the row claimed.
     */
    static Sealable sealable(AuditQueueEntity row, AuditChain chain, Set<String> sealedIds, Clock clock) {
        String why;
        try {
            AuditRecord record = row.toRecord();
            if (!chain.isRecordMac(row.recordId(), record, row.recordMac())) {
                why =
                        "its record MAC does not match its id and content under the audit key: not queued by VoicePact, or edited since";
            } else if (sealedIds.contains(row.recordId())) {
                why = "its record was sealed already: a replay";
            } else {
                return new Sealable(record, true);
            }
        } catch (DateTimeParseException unreadable) {
            why = "its time is not a timestamp";
        } catch (InvalidValueException unreadable) {
            why = unreadable.getMessage();
        }
        LOG.error("audit queue row {} refused: {}", row.id(), why);
        String subject =
                row.subject().isBlank() || row.subject().length() > SUBJECT_WIDTH ? "audit_queue" : row.subject();
        return new Sealable(
                new AuditRecord(
                        clock.instant().truncatedTo(ChronoUnit.MICROS),
                        SEALER,
                        AuditAction.AUDIT_RECORD_REFUSED.stored(),
                        subject,
                        "",
                        "",
                        "queue row " + row.id() + " refused: " + why + "; it claimed at=" + quoted(row.occurredAt())
                                + " actor=" + quoted(row.actor()) + " action=" + quoted(row.action()) + " subject="
                                + quoted(row.subject()) + " from=" + quoted(row.oldStatus()) + " to="
                                + quoted(row.newStatus()) + " record=" + quoted(row.recordId()) + " details="
                                + quoted(row.details())),
                false);
    }

    private static String quoted(String claimed) {
        return claimed.length() <= QUOTED ? claimed : claimed.substring(0, QUOTED) + "...";
    }
}
