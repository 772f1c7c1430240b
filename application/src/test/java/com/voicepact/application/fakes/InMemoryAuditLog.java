package com.voicepact.application.fakes;

import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.audit.AuditEntry;
import com.voicepact.domain.audit.AuditRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** The audit log in memory: a record is sealed into the chain at once (with the chain the audit trail verifies with). */
public final class InMemoryAuditLog implements AuditLog, com.voicepact.application.audit.port.out.AuditActionLog {

    private final TreeMap<Long, AuditEntry> entries = new TreeMap<>();
    private final InMemoryTransactions transactions;
    private final AuditChain chain;

    public InMemoryAuditLog(InMemoryTransactions transactions, AuditChain chain) {
        this.transactions = transactions;
        this.chain = chain;
    }

    @Override
    public synchronized void record(AuditRecord record) {
        append(chain.seal(record, latest()));
    }

    @Override
    public synchronized Optional<AuditEntry> latest() {
        return entries.isEmpty()
                ? Optional.empty()
                : Optional.of(entries.lastEntry().getValue());
    }

    @Override
    public synchronized void append(AuditEntry entry) {
        if (entries.containsKey(entry.sequence())) {
            throw new ConcurrentUpdateException("audit entry " + entry.sequence() + " exists already", null);
        }
        entries.put(entry.sequence(), entry);
        transactions.onRollback(() -> removeEntry(entry.sequence()));
    }

    private synchronized void removeEntry(long sequence) {
        entries.remove(sequence);
    }

    @Override
    public synchronized List<AuditEntry> allInOrder() {
        return new ArrayList<>(entries.values());
    }

    @Override
    public synchronized List<AuditEntry> withAction(com.voicepact.domain.audit.AuditAction action, int limit) {
        return entries.descendingMap().values().stream()
                .filter(e -> e.record().action().equals(action.stored()))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<AuditEntry> forSubject(String subject) {
        return entries.values().stream()
                .filter(e -> e.record().subject().equals(subject))
                .toList();
    }

    /** For tamper tests: what someone with write access to the table could do. */
    public synchronized void tamper(long sequence, UnaryOperator<AuditEntry> edit) {
        AuditEntry edited = edit.apply(entries.get(sequence));
        if (edited == null) {
            entries.remove(sequence);
        } else {
            entries.put(sequence, edited);
        }
    }
}
