package com.voicepact.application.portcontract;

import static com.voicepact.domain.testdata.ContractBuilder.aContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.audit.AuditRecord;
import com.voicepact.domain.contract.Contract;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A unit of work commits everything or nothing, across every port it touches. A unit opened inside
 * another is a savepoint: its failure undoes only its own writes, and the outer unit goes on; but an
 * inner unit that lost a race (a store refused a stale write) dooms the whole unit, which ends in a
 * {@link ConcurrentUpdateException} so that the outermost caller runs it all again on fresh data.
 */
public abstract class TransactionPortContractTest {

    private final AuditChain chain =
            new AuditChain("transaction-test-key-transaction-".getBytes(StandardCharsets.UTF_8));

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
        auditLog()
                .append(chain.seal(
                        new AuditRecord(
                                Instant.EPOCH,
                                "system:test",
                                "CONTRACT_CREATED",
                                contract.id().value(),
                                "",
                                "PENDING",
                                ""),
                        auditLog().latest()));
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
                }))
                .isSameAs(failure);
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
                }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(contracts().findById(contract.id())).isEmpty();
    }

    @Test
    void givenInnerUnitThatFails_whenTheOuterCatchesIt_thenTheOuterCommitsAndOnlyTheInnerWritesAreUndone() {
        Contract kept = aContract().pending();
        Contract undone = aContract().withSequence(777).pending();
        String result = transactions().inTransaction(() -> {
            contracts().save(kept);
            try {
                transactions().inTransaction(() -> {
                    saveAndAudit(undone);
                    throw new IllegalStateException("refused by the rules");
                });
            } catch (IllegalStateException refused) {
                // the outer unit answers the refusal and goes on
            }
            saveAndAudit(contracts().findById(kept.id()).orElseThrow());
            return "answered";
        });
        assertThat(result).isEqualTo("answered");
        assertThat(contracts().findById(kept.id())).isPresent();
        assertThat(contracts().findById(undone.id())).isEmpty();
        assertThat(auditLog().allInOrder()).hasSize(1);
        assertThat(auditLog().allInOrder().get(0).record().subject())
                .isEqualTo(kept.id().value());
    }

    @Test
    void givenInnerUnitThatSucceeds_whenTheOuterCommits_thenBothAreKept() {
        Contract outer = aContract().pending();
        Contract inner = aContract().withSequence(778).pending();
        transactions().inTransaction(() -> {
            contracts().save(outer);
            return transactions().inTransaction(() -> contracts().save(inner));
        });
        assertThat(contracts().findById(outer.id())).isPresent();
        assertThat(contracts().findById(inner.id())).isPresent();
    }

    @Test
    void givenAThread_whenAskedInsideAndOutsideAUnit_thenItKnowsWhetherOneIsOpen() {
        assertThat(transactions().inProgress()).isFalse();
        assertThat(transactions().inTransaction(() -> transactions().inProgress()))
                .isTrue();
        assertThat(transactions()
                        .inTransaction(() -> transactions()
                                .inTransaction(() -> transactions().inProgress())))
                .isTrue();
        assertThat(transactions().inProgress()).isFalse();
    }

    @Test
    void givenInnerUnitThatLostARace_whenTheOuterSwallowsIt_thenTheWholeUnitIsRefusedAsAConflictAndNothingIsKept() {
        Contract first = aContract().pending();
        Contract second = aContract().withSequence(779).pending();
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
                    saveAndAudit(first);
                    try {
                        transactions().inTransaction(() -> {
                            auditLog()
                                    .append(auditLog()
                                            .latest()
                                            .orElseThrow()); // the same place again: the store refuses it
                            return null;
                        });
                    } catch (ConcurrentUpdateException swallowed) {
                        // what the outer unit read is stale now: only running it all again on fresh data can fix that
                    }
                    contracts().save(second);
                    return "committed anyway?";
                }))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(contracts().findById(first.id())).isEmpty();
        assertThat(contracts().findById(second.id())).isEmpty();
        assertThat(auditLog().allInOrder()).isEmpty();
        assertThat(transactions().inTransaction(() -> contracts().save(first)))
                .as("the next unit starts clean")
                .isNotNull();
    }
}
