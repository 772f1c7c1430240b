package com.voicepact.application.audit.port.out;

import com.voicepact.domain.audit.AuditEntry;
import com.voicepact.domain.audit.AuditRecord;
import java.util.List;
import java.util.Optional;

/**
 * The append-only audit log: a chain of sealed entries ({@link com.voicepact.domain.audit.AuditChain}).
 *
 * <p>Two ways in. {@link #record} is how a change is audited: the record is kept in the caller's unit of work (it
 * commits or rolls back with the change it records) and the log seals it into the chain after the records committed
 * before it (a change made after another's commit is sealed after it), by the time any read of the log returns. A log may seal it at once or later (the database adapter
 * seals queued records in batches after their units commit, so that concurrent changes do not queue on the chain's
 * head). {@link #latest} and {@link #append} seal by hand: the caller computes the entry after the latest.
 */
public interface AuditLog {

    /**
     * Keeps {@code record} in the caller's unit of work, to be sealed into the chain after the records committed
     * before it; every read below returns it sealed once its unit has committed.
     */
    void record(AuditRecord record);

    /**
     * The last entry, read to seal the next one after it; records committed before the call are sealed first. Inside a
     * transaction, the database adapter also holds the chain's head until that transaction ends, so that concurrent
     * appenders wait for each other instead of colliding on the next sequence.
     */
    Optional<AuditEntry> latest();

    /** @throws ConcurrentUpdateException when an entry with the same sequence exists already */
    void append(AuditEntry entry);

    /** Every entry, by sequence, after sealing the records committed before the call. */
    List<AuditEntry> allInOrder();

    /** The entries about {@code subject} (a contract id, a payment id), by sequence, likewise sealed first. */
    List<AuditEntry> forSubject(String subject);
}
