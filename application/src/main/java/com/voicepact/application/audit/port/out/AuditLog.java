package com.voicepact.application.audit.port.out;

import com.voicepact.domain.audit.AuditEntry;
import java.util.List;
import java.util.Optional;

/** The append-only audit log. */
public interface AuditLog {

    Optional<AuditEntry> latest();

    /** @throws ConcurrentUpdateException when an entry with the same sequence exists already */
    void append(AuditEntry entry);

    List<AuditEntry> allInOrder();

    List<AuditEntry> forSubject(String subject);
}
