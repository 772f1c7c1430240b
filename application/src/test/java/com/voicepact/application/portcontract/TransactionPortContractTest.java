package com.voicepact.application.portcontract;

import static com.voicepact.domain.testdata.ContractBuilder.aContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.port.out.AuditLog;
import com.voicepact.application.port.out.Contracts;
import com.voicepact.application.port.out.TransactionPort;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.audit.AuditRecord;
import com.voicepact.domain.contract.Contract;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A unit of work commits everything or nothing, across every port it touches. */
public abstract class TransactionPortContractTest {

    private final AuditChain chain = new AuditChain("transaction-test-key-transaction-".getBytes(StandardCharsets.UTF_8));

    protected abstract TransactionPort transactions();

    protected abstract Contracts contracts();

    protected abstract AuditLog auditLog();

    protected abstract void reset();

    @BeforeEach
    void emptyStores() {
        reset();
    }

    private void saveAndAudit(Contract contract) {
        contracts().save(contract);
        auditLog().append(chain.seal(new AuditRecord(Instant.EPOCH, "system:test", "CONTRACT_CREATED",
                contract.id().value(), "", "PENDING", ""), auditLog().latest()));
    }

    @Test
    void givenWorkThatSucceeds_whenRun_thenEverythingCommittedAndResultReturned() {
        Contract contract = aContract().pending();
        String result = transactions().inTransaction(() -> {
            saveAndAudit(contract);
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(contracts().findById(contract.id())).isPresent();
        assertThat(auditLog().allInOrder()).hasSize(1);
    }

    @Test
    void givenWorkThatFailsAfterWriting_whenRun_thenNothingIsKeptAndTheFailurePropagates() {
        Contract contract = aContract().pending();
        IllegalStateException failure = new IllegalStateException("boom after writing");
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            saveAndAudit(contract);
            throw failure;
        })).isSameAs(failure);
        assertThat(contracts().findById(contract.id())).isEmpty();
        assertThat(auditLog().allInOrder()).isEmpty();
    }

    @Test
    void givenNestedUnitOfWork_whenOuterFails_thenInnerWritesAreRolledBackToo() {
        Contract contract = aContract().pending();
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            transactions().inTransaction(() -> {
                saveAndAudit(contract);
                return null;
            });
            throw new IllegalArgumentException("outer fails");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(contracts().findById(contract.id())).isEmpty();
    }
}
