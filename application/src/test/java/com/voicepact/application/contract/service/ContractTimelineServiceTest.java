package com.voicepact.application.contract.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.contract.port.in.ContractDecisionCommand;
import com.voicepact.application.contract.port.in.ContractHistory;
import com.voicepact.application.contract.port.in.ContractNotFoundException;
import com.voicepact.application.contract.port.in.TimelineEvent;
import com.voicepact.application.contract.port.in.TimelineEvent.Kind;
import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.fakes.CreateContractCommands;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.phone.port.out.SmsLogEntry;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.messaging.SmsDeliveryStatus;
import com.voicepact.domain.payment.EscrowPayment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractTimelineServiceTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final EscrowScenario scenario = new EscrowScenario(app);

    private void later() {
        app.clock.advance(Duration.ofMinutes(1));
    }

    /** Made, confirmed by both, funded, delivered, accepted and paid out: a minute between each step. */
    private ContractId settledJourney() {
        ContractId id = app.create.create(CreateContractCommands.maizeDeal()).id();
        later();
        app.decisions.confirm(ContractDecisionCommand.fromParty(id, BUYER, Channel.SMS));
        later();
        app.decisions.confirm(ContractDecisionCommand.fromParty(id, SELLER, Channel.USSD));
        later();
        EscrowPayment payment = scenario.checkout(id, "175000").payment();
        later();
        scenario.providerConfirms(payment);
        later();
        app.delivery.reportDelivery(new DeliveryCommand(id, SELLER, null, Channel.USSD, Actor.party(SELLER)));
        later();
        app.delivery.acceptDelivery(new DeliveryCommand(id, BUYER, null, Channel.SMS, Actor.party(BUYER)));
        later();
        app.dispatcher.dispatchDue(); // the SMS queued so far and the payout go out
        return id;
    }

    @Test
    void givenAFundedDeliveredContract_whenItsTimelineIsRead_thenEveryStepOldestFirstWithWhoDidIt() {
        ContractId id = settledJourney();

        ContractHistory history = app.timelines.timeline(id);

        assertThat(history.contractId()).isEqualTo(id);
        assertThat(history.status()).isEqualTo(app.queries.get(id).status());
        List<TimelineEvent> events = history.events();
        assertThat(events).extracting(TimelineEvent::at).isSorted();
        List<Kind> story = events.stream()
                .map(TimelineEvent::kind)
                .filter(k -> k != Kind.AUDIT && k != Kind.SMS)
                .distinct()
                .toList();
        assertThat(story)
                .containsExactly(
                        Kind.CREATED, Kind.CONFIRMATION, Kind.PAYMENT, Kind.DELIVERY, Kind.ACCEPTANCE, Kind.PAYOUT);
        assertThat(events)
                .filteredOn(e -> e.kind() == Kind.CONFIRMATION)
                .extracting(TimelineEvent::actor, e -> e.detail().get("channel"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BUYER.e164(), "sms"),
                        org.assertj.core.groups.Tuple.tuple(SELLER.e164(), "ussd"));
        assertThat(events)
                .filteredOn(e -> e.kind() == Kind.CREATED)
                .singleElement()
                .satisfies(e -> assertThat(e.actor()).startsWith("operator:"));
        assertThat(events)
                .filteredOn(e -> e.kind() == Kind.PAYMENT)
                .extracting(e -> e.detail().get("state"))
                .containsExactly("pending", "locked");
        assertThat(events)
                .filteredOn(e -> e.kind() == Kind.PAYOUT)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.detail()).containsEntry("amount", "175000.00").containsEntry("currency", "KES");
                    assertThat(e.detail()).containsEntry("recipient", SELLER.e164());
                    assertThat(e.detail().get("state")).isIn("sent", "confirmed");
                });
    }

    @Test
    void givenTheContractsAuditEntriesAndItsPaymentsOwn_whenTheTimelineIsRead_thenBothAreThereWithTheirSequence() {
        ContractId id = settledJourney();

        List<TimelineEvent> audit = app.timelines.timeline(id).events().stream()
                .filter(e -> e.kind() == Kind.AUDIT)
                .toList();

        assertThat(audit)
                .extracting(e -> e.detail().get("action"))
                .contains("CONTRACT_CREATED", "CONTRACT_CONFIRMED_BY_PARTY", "PAYMENT_LOCKED", "DELIVERY_ACCEPTED");
        assertThat(audit)
                .allSatisfy(e ->
                        assertThat(Long.parseLong(e.detail().get("sequence"))).isPositive());
        assertThat(audit)
                .extracting(TimelineEvent::actor)
                .allMatch(who -> who.startsWith("+254") || who.startsWith("operator:") || who.equals("system"));
        assertThat(audit)
                .filteredOn(e -> e.detail().get("action").equals("CONTRACT_CONFIRMED_BY_PARTY"))
                .first()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(BUYER.e164());
                    assertThat(e.detail()).containsEntry("actor", "party:" + BUYER.e164());
                });
        assertThat(audit)
                .filteredOn(e -> e.detail().get("action").equals("PAYMENT_LOCKED"))
                .singleElement()
                .satisfies(e -> assertThat(e.detail().get("subject")).startsWith("TXN-" + id.value()));
    }

    @Test
    void givenSmsSentAboutTheContract_whenOneIsReportedDelivered_thenTheTimelineShowsEachWithItsStatus() {
        ContractId id = settledJourney();
        List<SmsLogEntry> sent = app.smsLog.forContract(id);
        assertThat(sent).isNotEmpty();
        app.smsLog.applyReport(sent.get(0).messageId(), SmsDeliveryStatus.of("Success"), null, app.clock.now());

        List<TimelineEvent> sms = app.timelines.timeline(id).events().stream()
                .filter(e -> e.kind() == Kind.SMS)
                .toList();

        assertThat(sms).hasSize(sent.size());
        assertThat(sms)
                .filteredOn(e -> e.detail().get("message_id").equals(sent.get(0).messageId()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.detail().get("delivery_status"))
                            .isEqualTo(SmsDeliveryStatus.of("Success").value());
                    assertThat(e.detail().get("to")).isEqualTo(sent.get(0).recipient());
                    assertThat(e.detail().get("text")).isEqualTo(sent.get(0).text());
                });
    }

    @Test
    void givenADisputeResolvedBySplit_whenTheTimelineIsRead_thenTheDisputeAndItsResolutionWithTheOperator() {
        EscrowPayment payment = scenario.activeContractWithLockedPayment();
        ContractId id = payment.contractId();
        later();
        app.disputes.raiseDispute(new com.voicepact.application.escrow.port.in.DisputeCommand(
                id, BUYER, "half the bags were wet", Actor.party(BUYER)));
        later();
        app.disputes.resolveDispute(new com.voicepact.application.escrow.port.in.ResolveDisputeCommand(
                id,
                com.voicepact.domain.contract.DisputeResolution.SPLIT,
                new java.math.BigDecimal("0.5"),
                Actor.operator("1a2b3c4d5e6f")));

        List<TimelineEvent> events = app.timelines.timeline(id).events();

        assertThat(events)
                .filteredOn(e -> e.kind() == Kind.DISPUTE)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo(BUYER.e164());
                    assertThat(e.detail()).containsEntry("reason", "half the bags were wet");
                });
        assertThat(events)
                .filteredOn(e -> e.kind() == Kind.DISPUTE_RESOLVED)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("operator:1a2b3c4d5e6f");
                    assertThat(e.detail()).containsEntry("resolution", "split").containsEntry("seller_share", "0.5");
                    assertThat(e.summary()).isEqualTo("Dispute resolved: split, 50% to the seller, 50% to the buyer");
                });
        assertThat(events).filteredOn(e -> e.kind() == Kind.PAYOUT).hasSize(1);
        assertThat(events).filteredOn(e -> e.kind() == Kind.REFUND).hasSize(1);
    }

    @Test
    void givenAContractDeclined_whenTheTimelineIsRead_thenTheDeclineByThatParty() {
        ContractId id = app.create.create(CreateContractCommands.maizeDeal()).id();
        later();
        app.decisions.decline(ContractDecisionCommand.fromParty(id, SELLER, Channel.SMS));

        ContractHistory history = app.timelines.timeline(id);

        assertThat(history.status()).isEqualTo(ContractStatus.CANCELLED);
        assertThat(history.events())
                .filteredOn(e -> e.kind() == Kind.DECLINE)
                .singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo(SELLER.e164()));
    }

    @Test
    void givenTheTermsChangedTwice_whenTheTimelineIsRead_thenEachChangeWithThePartyWhoMadeIt() {
        ContractId id = app.create.create(CreateContractCommands.maizeDeal()).id();
        later();
        app.amendTerms.amendTerms(com.voicepact.application.contract.port.in.AmendTermsCommand.fromParty(
                id,
                BUYER,
                new com.voicepact.domain.contract.TermCorrection.NewPrice(new java.math.BigDecimal("3400"), null),
                Channel.SMS));
        later();
        app.amendTerms.amendTerms(com.voicepact.application.contract.port.in.AmendTermsCommand.fromParty(
                id,
                SELLER,
                new com.voicepact.domain.contract.TermCorrection.NewPrice(new java.math.BigDecimal("3450"), null),
                Channel.SMS));

        List<TimelineEvent> changes = app.timelines.timeline(id).events().stream()
                .filter(e -> e.kind() == Kind.TERMS_CHANGED)
                .toList();

        assertThat(changes).extracting(TimelineEvent::actor).containsExactly(BUYER.e164(), SELLER.e164());
        assertThat(changes.get(1).detail().get("details")).contains("3450");
    }

    @Test
    void givenNoSuchContract_whenItsTimelineIsRead_thenNotFound() {
        assertThatThrownBy(() -> app.timelines.timeline(new ContractId("AG-2026-999999")))
                .isInstanceOf(ContractNotFoundException.class);
    }
}
