package com.voicepact.application.portcontract;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.console.port.out.AuditSequencePort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.AuditRecord;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's change marker follows the audit chain: 0 when empty, then the last sealed entry's sequence. */
public abstract class AuditSequenceContractTest {

    protected abstract AuditSequencePort sequence();

    protected abstract AuditLog auditLog();

    protected abstract TransactionPort transactions();

    protected abstract void reset();

    @BeforeEach
    void empty() {
        reset();
    }

    private void record(String details) {
        transactions().inTransaction(() -> {
            auditLog()
                    .record(new AuditRecord(
                            Instant.parse("2026-12-01T08:00:00Z"),
                            "operator:1a2b3c4d5e6f",
                            "CIRCUIT_RESET",
                            "circuit:sms",
                            "OPEN",
                            "CLOSED",
                            details));
            return null;
        });
    }

    @Test
    void givenAnEmptyChain_whenRead_thenZero_andAfterThreeSealedEntriesTheLastSequence() {
        assertThat(sequence().lastSealed()).isZero();

        record("one");
        record("two");
        record("three");
        long last = auditLog().allInOrder().get(2).sequence(); // the read seals what is queued

        assertThat(sequence().lastSealed()).isEqualTo(last);
        record("four");
        auditLog().allInOrder();
        assertThat(sequence().lastSealed()).isGreaterThan(last);
    }
}
