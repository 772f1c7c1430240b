package com.voicepact.application.portcontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.audit.AuditEntry;
import com.voicepact.domain.audit.AuditRecord;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class AuditLogContractTest {

    /** The chain the logs under test seal recorded records with (the fakes' and the test databases' key). */
    private final AuditChain chain = new AuditChain(InMemoryVoicePact.AUDIT_KEY);

    protected abstract AuditLog auditLog();

    protected abstract TransactionPort transactions();

    protected abstract void reset();

    @BeforeEach
    void emptyLog() {
        reset();
    }

    private static AuditRecord record(String subject, String details) {
        return new AuditRecord(
                Instant.parse("2026-05-01T10:15:30Z"),
                "system:test",
                "PAYMENT_LOCKED",
                subject,
                "PENDING",
                "LOCKED",
                details);
    }

    private void recordInAUnit(AuditRecord... records) {
        transactions().inTransaction(() -> {
            for (AuditRecord r : records) {
                auditLog().record(r);
            }
            return null;
        });
    }

    private static String details(AuditEntry entry) {
        return entry.record().details();
    }

    @Test
    void givenRecordsInUnitsThatCommitted_whenReadBack_thenSealedInTheOrderRecordedAndTheChainVerifies() {
        recordInAUnit(record("AG-2026-000001", "a"), record("AG-2026-000002", "b"));
        recordInAUnit(record("AG-2026-000001", "c"));

        assertThat(auditLog().allInOrder())
                .extracting(AuditLogContractTest::details)
                .containsExactly("a", "b", "c");
        assertThat(auditLog().allInOrder()).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(auditLog().forSubject("AG-2026-000001"))
                .extracting(AuditLogContractTest::details)
                .containsExactly("a", "c");
        assertThat(auditLog().latest().map(AuditLogContractTest::details)).contains("c");
        assertThat(chain.verify(auditLog().allInOrder()).intact()).isTrue();
    }

    @Test
    void givenARecordInAUnitThatRolledBack_whenReadBack_thenItIsNowhere() {
        recordInAUnit(record("AG-2026-000001", "kept"));
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
                    auditLog().record(record("AG-2026-000001", "undone"));
                    throw new IllegalStateException("the change failed");
                }))
                .hasMessage("the change failed");
        recordInAUnit(record("AG-2026-000001", "after"));

        assertThat(auditLog().allInOrder())
                .extracting(AuditLogContractTest::details)
                .containsExactly("kept", "after");
        assertThat(chain.verify(auditLog().allInOrder()).intact()).isTrue();
    }

    @Test
    void givenARecordInTheOpenUnit_whenTheUnitReadsItsSubject_thenItSeesItSealed() {
        List<AuditEntry> seen = transactions().inTransaction(() -> {
            auditLog().record(record("AG-2026-000001", "mine"));
            return auditLog().forSubject("AG-2026-000001");
        });
        assertThat(seen).extracting(AuditLogContractTest::details).containsExactly("mine");
        assertThat(auditLog().allInOrder()).hasSize(1);
    }

    @Test
    void givenRecordsAndEntriesSealedByHand_whenReadBack_thenOneChain() {
        recordInAUnit(record("AG-2026-000001", "recorded"));
        AuditEntry byHand = appendNext("AG-2026-000002");
        recordInAUnit(record("AG-2026-000001", "recorded again"));

        assertThat(byHand.sequence()).isEqualTo(2L);
        assertThat(auditLog().allInOrder()).hasSize(3);
        assertThat(chain.verify(auditLog().allInOrder()).intact()).isTrue();
    }

    private AuditEntry appendNext(String subject) {
        AuditRecord record = new AuditRecord(
                Instant.parse("2026-05-01T10:15:30.123456Z"),
                "operator:abc for +254712345678",
                "CONTRACT_CONFIRMED_BY_PARTY",
                subject,
                "PENDING",
                "CONFIRMED",
                "party=+254712345678 channel=api ünïcode");
        AuditEntry entry = chain.seal(record, auditLog().latest());
        auditLog().append(entry);
        return entry;
    }

    @Test
    void givenEmptyLog_whenAskedForLatest_thenEmpty() {
        assertThat(auditLog().latest()).isEmpty();
        assertThat(auditLog().allInOrder()).isEmpty();
    }

    @Test
    void givenAppendedEntries_whenReadBack_thenExactlyEqualInOrderAndStillVerify() {
        AuditEntry first = appendNext("AG-2026-000001");
        AuditEntry second = appendNext("AG-2026-000002");
        AuditEntry third = appendNext("AG-2026-000001");
        assertThat(auditLog().latest()).contains(third);
        assertThat(auditLog().allInOrder()).containsExactly(first, second, third);
        assertThat(auditLog().forSubject("AG-2026-000001")).containsExactly(first, third);
        assertThat(chain.verify(auditLog().allInOrder()).intact()).isTrue();
    }

    @Test
    void givenEntryWithTakenSequence_whenAppended_thenRefusedAsConcurrentUpdate() {
        AuditEntry first = appendNext("AG-2026-000001");
        AuditEntry clash = chain.seal(first.record(), java.util.Optional.empty());
        assertThatThrownBy(() -> auditLog().append(clash)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(auditLog().allInOrder()).containsExactly(first);
    }
}
