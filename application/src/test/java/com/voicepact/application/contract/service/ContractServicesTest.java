package com.voicepact.application.contract.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static com.voicepact.domain.testdata.ContractBuilder.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.contract.port.in.ContractDecisionCommand;
import com.voicepact.application.contract.port.in.ContractNotFoundException;
import com.voicepact.application.contract.port.in.CreateContractCommand;
import com.voicepact.application.contract.port.shared.ContractSearch;
import com.voicepact.application.fakes.CreateContractCommands;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.AuditEntry;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.IllegalTransitionException;
import com.voicepact.domain.contract.PartyNotEntitledException;
import com.voicepact.domain.testdata.ContractBuilder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractServicesTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();

    private Contract created() {
        return app.create.create(CreateContractCommands.maizeDeal());
    }

    @Test
    void givenValidCommand_whenCreated_thenPendingWithYearIdAndAuditedCreation() {
        Contract contract = created();
        assertThat(contract.id().value()).isEqualTo("AG-2026-000001");
        assertThat(contract.status()).isEqualTo(ContractStatus.PENDING);
        assertThat(contract.timeline().expiresAt()).isEqualTo(ContractBuilder.T0.plus(Duration.ofHours(24)));
        AuditEntry entry = app.auditLog.latest().orElseThrow();
        assertThat(entry.record().action()).isEqualTo("CONTRACT_CREATED");
        assertThat(entry.record().actor()).isEqualTo("operator:test-key");
        assertThat(entry.record().newStatus()).isEqualTo("PENDING");
    }

    private static CreateContractCommand maizeDealDueOn(String deadline) {
        CreateContractCommand deal = CreateContractCommands.maizeDeal();
        com.voicepact.domain.contract.ContractTerms t = deal.terms();
        return new CreateContractCommand(
                deal.type(),
                deal.parties(),
                new com.voicepact.domain.contract.ContractTerms(
                        t.product(),
                        t.quantity(),
                        t.unitPrice(),
                        t.total(),
                        t.deliveryLocation(),
                        java.time.LocalDate.parse(deadline),
                        t.qualityRequirements(),
                        t.paymentTerms()),
                deal.transcript(),
                deal.actor());
    }

    @Test
    void givenDeliveryDeadlineBeforeTodayOnTheClock_whenCreated_thenRefusedAndNothingStored() {
        // the clock stands at 2026-03-02 11:00 in Nairobi
        assertThatThrownBy(() -> app.create.create(maizeDealDueOn("2026-03-01")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("delivery deadline 2026-03-01 is in the past");
        assertThat(app.contracts.search(new ContractSearch(null, null, 10, 0)).total())
                .isZero();
        assertThat(app.auditLog.latest()).isEmpty();
    }

    @Test
    void givenDeliveryDeadlineTodayOnTheClock_whenCreated_thenAccepted() {
        assertThat(app.create
                        .create(maizeDealDueOn("2026-03-02"))
                        .agreement()
                        .terms()
                        .deliveryDeadline())
                .hasToString("2026-03-02");
    }

    @Test
    void givenManualTerms_whenCommandBuilt_thenTranscriptLineAsTheOriginalProduct() {
        CreateContractCommand manual = CreateContractCommand.manual(
                ContractType.AGRICULTURAL_SUPPLY,
                CreateContractCommands.maizeDeal().parties(),
                ContractBuilder.maizeTerms(),
                CreateContractCommands.maizeDeal().actor());
        assertThat(manual.transcript()).isEqualTo("Manual contract creation: Maize - 50 bags for KES 175000.00");
    }

    @Test
    void givenOneParty_whenCommandBuilt_thenRejectedAtConstruction() {
        CreateContractCommand valid = CreateContractCommands.maizeDeal();
        assertThatThrownBy(() -> new CreateContractCommand(
                        valid.type(), List.of(valid.parties().get(0)), valid.terms(), "", valid.actor()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void givenPendingContract_whenBothPartiesConfirm_thenConfirmedAndEachStepAudited() {
        Contract contract = created();
        app.decisions.confirm(ContractDecisionCommand.fromParty(contract.id(), BUYER, Channel.SMS));
        Contract confirmed = app.decisions.confirm(ContractDecisionCommand.byOperator(contract.id(), SELLER, "key-1"));
        assertThat(confirmed.status()).isEqualTo(ContractStatus.CONFIRMED);
        assertThat(confirmed.agreement().decisionOf(SELLER).orElseThrow().channel())
                .isEqualTo(Channel.API);
        List<AuditEntry> trail = app.auditLog.forSubject(contract.id().value());
        assertThat(trail)
                .extracting(e -> e.record().action())
                .containsExactly("CONTRACT_CREATED", "CONTRACT_CONFIRMED_BY_PARTY", "CONTRACT_CONFIRMED_BY_PARTY");
        assertThat(trail.get(2).record().actor()).isEqualTo("operator:key-1 for " + SELLER.e164());
        assertThat(trail.get(2).record().oldStatus()).isEqualTo("PENDING");
        assertThat(trail.get(2).record().newStatus()).isEqualTo("CONFIRMED");
    }

    @Test
    void givenPendingContract_whenSellerDeclines_thenCancelled() {
        Contract contract = created();
        Contract declined =
                app.decisions.decline(ContractDecisionCommand.fromParty(contract.id(), SELLER, Channel.USSD));
        assertThat(declined.status()).isEqualTo(ContractStatus.CANCELLED);
        assertThat(app.auditLog.latest().orElseThrow().record().action()).isEqualTo("CONTRACT_DECLINED_BY_PARTY");
    }

    @Test
    void givenStranger_whenConfirming_thenRefusedAndNothingChangesOrIsAudited() {
        Contract contract = created();
        int entries = app.auditLog.allInOrder().size();
        assertThatThrownBy(() ->
                        app.decisions.confirm(ContractDecisionCommand.fromParty(contract.id(), STRANGER, Channel.SMS)))
                .isInstanceOf(PartyNotEntitledException.class);
        assertThat(app.queries.get(contract.id()).agreement().confirmations()).isEmpty();
        assertThat(app.auditLog.allInOrder()).hasSize(entries);
    }

    @Test
    void givenConfirmedTwice_whenReplayed_thenSecondIsRefusedAndFirstKept() {
        Contract contract = created();
        ContractDecisionCommand yes = ContractDecisionCommand.fromParty(contract.id(), BUYER, Channel.SMS);
        app.decisions.confirm(yes);
        assertThatThrownBy(() -> app.decisions.confirm(yes)).isInstanceOf(IllegalTransitionException.class);
        assertThat(app.queries.get(contract.id()).agreement().confirmations()).hasSize(1);
    }

    @Test
    void givenUnknownContract_whenReadOrConfirmed_thenNotFound() {
        ContractId unknown = ContractId.of(2026, 4242);
        assertThatThrownBy(() -> app.queries.get(unknown)).isInstanceOf(ContractNotFoundException.class);
        assertThatThrownBy(() -> app.decisions.confirm(ContractDecisionCommand.fromParty(unknown, BUYER, Channel.SMS)))
                .isInstanceOf(ContractNotFoundException.class);
    }

    @Test
    void givenContractsOfSeveralParties_whenListedByPhoneAndStatus_thenOnlyMatchesWithTotal() {
        Contract first = created();
        created();
        app.decisions.decline(ContractDecisionCommand.fromParty(first.id(), BUYER, Channel.SMS));
        assertThat(app.queries
                        .list(new ContractSearch(BUYER, ContractStatus.PENDING, 10, 0))
                        .total())
                .isEqualTo(1);
        assertThat(app.queries.list(new ContractSearch(SELLER, null, 10, 0)).total())
                .isEqualTo(2);
        assertThat(app.queries.list(new ContractSearch(STRANGER, null, 10, 0)).contracts())
                .isEmpty();
    }

    @Test
    void givenOverduePendingContracts_whenExpiryRuns_thenOnlyOverdueOnesExpireOnce() {
        Contract overdue = created();
        app.clock.advance(Duration.ofHours(2));
        Contract fresh = created();
        Contract confirmed = created();
        app.decisions.confirm(ContractDecisionCommand.fromParty(confirmed.id(), BUYER, Channel.SMS));
        app.decisions.confirm(ContractDecisionCommand.fromParty(confirmed.id(), SELLER, Channel.SMS));
        app.clock.advance(Duration.ofHours(23));

        assertThat(app.expiry.expireOverdue()).isEqualTo(1);
        assertThat(app.queries.get(overdue.id()).status()).isEqualTo(ContractStatus.EXPIRED);
        assertThat(app.queries.get(fresh.id()).status()).isEqualTo(ContractStatus.PENDING);
        assertThat(app.queries.get(confirmed.id()).status()).isEqualTo(ContractStatus.CONFIRMED);
        assertThat(app.expiry.expireOverdue())
                .as("a replay expires nothing more")
                .isZero();
        assertThat(app.auditLog.latest().orElseThrow().record().actor()).isEqualTo("system:contract-expiry");
    }

    @Test
    void givenAnExpiredWindow_whenPartyConfirms_thenRefused() {
        Contract contract = created();
        app.clock.advance(Duration.ofHours(24));
        assertThatThrownBy(() ->
                        app.decisions.confirm(ContractDecisionCommand.fromParty(contract.id(), BUYER, Channel.SMS)))
                .hasMessageContaining("window closed");
    }
}
