package com.voicepact.application.portcontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.audit.AuditEntry;
import com.voicepact.domain.audit.AuditRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class AuditLogContractTest {

    private final AuditChain chain =
            new AuditChain("contract-test-key-contract-test-k".getBytes(StandardCharsets.UTF_8));

    protected abstract AuditLog auditLog();

    protected abstract void reset();

    @BeforeEach
    void emptyLog() {
        reset();
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
