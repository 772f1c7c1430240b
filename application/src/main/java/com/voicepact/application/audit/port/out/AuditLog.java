package com.voicepact.application.audit.port.out;

import com.voicepact.domain.audit.AuditEntry;
import java.util.List;
import java.util.Optional;

/** The append-only audit log. */
public interface AuditLog {

    /**
     * The last entry, read to seal the next one after it. Inside a transaction, the database adapter also holds the
     * chain's head until that transaction ends, so that concurrent appenders wait for each other instead of colliding
     * on the next sequence.
     */
    Optional<AuditEntry> latest();

    /** @throws ConcurrentUpdateException when an entry with the same sequence exists already */
    void append(AuditEntry entry);

    List<AuditEntry> allInOrder();

    List<AuditEntry> forSubject(String subject);
}
