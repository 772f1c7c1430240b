package com.voicepact.application.phone.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.contract.port.shared.ContractPage;
import com.voicepact.application.contract.port.shared.ContractSearch;
import com.voicepact.application.fakes.CreateContractCommands;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.phone.PartyActions;
import com.voicepact.application.phone.port.in.UssdRequest;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What a hop costs the store: a hop that only moves through the menu reads outside any unit of work and writes its
 * session alone; the caller's contracts are read only by a screen about them; only a hop that acts on a contract opens
 * a unit of work, so that the action and the session remembering it commit together.
 */
class UssdHopUnitsOfWorkTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final AtomicInteger unitsOpened = new AtomicInteger();
    private final AtomicInteger contractReads = new AtomicInteger();
    private final ContractId id =
            app.create.create(CreateContractCommands.maizeDeal()).id();
    private final HandleUssdRequestService ussd = new HandleUssdRequestService(
            app.ussdSessions,
            new CountedContracts(),
            app.payments,
            app.languages,
            app.messenger,
            app.clock,
            new CountedUnits(),
            new PartyActions(app.decisions, app.decisions, app.delivery, app.delivery, app.disputes, app.amendTerms),
            app.ussdMetrics);

    private String hop(String text) {
        return ussd.handle(new UssdRequest("U1", "*384*123#", BUYER, "63902", text));
    }

    @Test
    void givenAMenuHopAndHelp_whenAnswered_thenNoUnitOfWorkIsOpened_andNoContractIsRead() {
        assertThat(hop("")).startsWith("CON Welcome");
        assertThat(hop("4")).contains("Help");

        assertThat(unitsOpened).hasValue(0);
        assertThat(contractReads).hasValue(0);
    }

    @Test
    void givenTheListOfContracts_whenShownAndThenResent_thenTheContractsAreReadOnce_andNoUnitOfWorkIsOpened() {
        hop("");
        String list = hop("1");
        String resent = hop("1");

        assertThat(list).contains(id.value().substring(3));
        assertThat(resent).isEqualTo(list);
        assertThat(contractReads).hasValue(1);
        assertThat(unitsOpened).hasValue(0);
    }

    @Test
    void givenAConfirmationPicked_whenAnswered_thenOneUnitOfWorkHoldsTheActionAndTheSession_andItsResendOpensNone() {
        hop("");
        hop("1");
        hop("1*1");

        String confirmed = hop("1*1*1");
        String resent = hop("1*1*1");

        assertThat(unitsOpened).hasValue(1);
        assertThat(resent).isEqualTo(confirmed);
        assertThat(app.queries.get(id).agreement().confirmations()).hasSize(1);
    }

    /** The in-memory unit of work, counting the outermost units opened. */
    private final class CountedUnits implements TransactionPort {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            if (!app.transactions.inProgress()) {
                unitsOpened.incrementAndGet();
            }
            return app.transactions.inTransaction(work);
        }

        @Override
        public boolean inProgress() {
            return app.transactions.inProgress();
        }
    }

    /** The in-memory contracts, counting the reads of a caller's contracts. */
    private final class CountedContracts implements Contracts {
        @Override
        public Contract save(Contract contract) {
            return app.contracts.save(contract);
        }

        @Override
        public Optional<Contract> findById(ContractId contractId) {
            return app.contracts.findById(contractId);
        }

        @Override
        public ContractPage search(ContractSearch search) {
            contractReads.incrementAndGet();
            return app.contracts.search(search);
        }

        @Override
        public List<Contract> findByParty(PhoneNumber party, int limit) {
            contractReads.incrementAndGet();
            return app.contracts.findByParty(party, limit);
        }

        @Override
        public List<ContractId> findPendingExpiredAt(Instant at, int limit) {
            return app.contracts.findPendingExpiredAt(at, limit);
        }

        @Override
        public List<ContractId> findActiveFundedBefore(Instant activatedBefore, int limit) {
            return app.contracts.findActiveFundedBefore(activatedBefore, limit);
        }
    }
}
