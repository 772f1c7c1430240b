package com.voicepact.application.portcontract;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.escrow.port.in.SettlementResult.Outcome;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.escrow.port.shared.ProviderEvent;
import com.voicepact.application.fakes.InboundChannels;
import com.voicepact.application.fakes.Tripwires.SimulatedCrash;
import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.phone.port.in.InboundSms;
import com.voicepact.application.phone.port.in.InboundSmsOutcome;
import com.voicepact.application.phone.port.in.UssdRequest;
import com.voicepact.application.phone.port.out.UssdSessions;
import com.voicepact.application.voice.port.in.VoiceCallback;
import com.voicepact.domain.audit.AuditRecord;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.messaging.SmsCommand;
import com.voicepact.domain.messaging.SmsTemplates;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.voice.CallStatus;
import com.voicepact.domain.voice.VoiceCall;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An inbound message (SMS, USSD hop, voice callback, payment notification) is marked seen in the same
 * unit of work as its effect: a crash anywhere in that unit leaves neither, the provider's resend of the
 * same message carries it out once, and a second delivery of a handled message changes nothing. Nothing
 * of a crashed unit reaches a provider. Run on the in-memory fakes, H2 and PostgreSQL.
 */
public abstract class InboundOnceContractTest {

    private static final SmsTemplates EN = SmsTemplates.in(Language.EN);
    protected InboundChannels world;

    /** The stores under test, empty. */
    protected abstract InboundChannels.Stores emptyStores();

    @BeforeEach
    void wire() {
        world = new InboundChannels(emptyStores());
    }

    private static InboundSms sms(PhoneNumber from, String text, String id) {
        return new InboundSms(from, "40404", text, "2026-03-02 08:00:00", id, "link-" + id);
    }

    private static Predicate<Object[]> eventKeyStartingWith(String prefix) {
        return args -> ((ProviderEvent) args[0]).key().startsWith(prefix);
    }

    private static Predicate<Object[]> outboxKeyStartingWith(String prefix) {
        return args -> ((OutboxMessage) args[0]).key().startsWith(prefix);
    }

    private static Predicate<Object[]> audit(String action) {
        return args -> ((AuditRecord) args[0]).action().equals(action);
    }

    // --- SMS ---

    @Test
    void givenACrashAtTheMarkOfAnAcceptSms_whenAtResendsIt_thenTheSellerIsPaidOnce_andTheBuyerAcknowledgedOnce() {
        EscrowPayment payment = world.deliveredContract();
        ContractId id = payment.contractId();
        world.dispatchAll();
        InboundSms accept = sms(BUYER, "ACCEPT-" + id, "ATXid_accept");
        world.wires.crashOnce(ProviderEvents.class, "record", eventKeyStartingWith("sms-in:"));

        assertThatThrownBy(() -> world.smsCommands.handle(accept)).isInstanceOf(SimulatedCrash.class);
        world.dispatchAll();
        assertThat(world.gateway.payouts())
                .as("nothing of the crashed unit reached the provider")
                .isEmpty();
        assertThat(world.stores.payments().findById(payment.id()).orElseThrow().status())
                .isEqualTo(PaymentStatus.LOCKED);

        assertThat(world.smsCommands.handle(accept)).as("the resend").isEqualTo(InboundSmsOutcome.APPLIED);
        assertThat(world.smsCommands.handle(accept)).as("a later resend").isEqualTo(InboundSmsOutcome.DUPLICATE);
        world.dispatchAll();

        assertThat(world.wires.allTripped()).isTrue();
        assertThat(world.gateway.payouts()).as("the seller is paid once").hasSize(1);
        assertThat(world.audited(id.value(), "DELIVERY_ACCEPTED")).isEqualTo(1);
        assertThat(world.sentTo(BUYER))
                .filteredOn(t -> t.equals(EN.acknowledge(SmsCommand.Verb.ACCEPT, id)))
                .hasSize(1);
        assertThat(world.sentTo(BUYER))
                .as("neither a refusal nor where it stands instead of the acknowledgement")
                .noneMatch(t -> t.startsWith("VoicePact: " + id + " was not changed")
                        || t.startsWith("VoicePact " + id + ": "));
    }

    @Test
    void
            givenACrashWhileTheReplyToADeliveredSmsIsQueued_whenResent_thenReportedOnce_andTheSellerAcknowledgedNotRefused() {
        EscrowPayment payment = world.pendingCheckout(world.confirmedContract());
        world.providerConfirms(payment);
        ContractId id = payment.contractId();
        InboundSms delivered = sms(SELLER, "DELIVERED-" + id, "ATXid_delivered");
        world.wires.crashOnce(OutboxMessages.class, "enqueue", outboxKeyStartingWith("sms:ack:"));

        assertThatThrownBy(() -> world.smsCommands.handle(delivered)).isInstanceOf(SimulatedCrash.class);
        world.dispatchAll();
        assertThat(world.sentTo(BUYER))
                .as("the buyer is not alerted by a unit that did not commit")
                .noneMatch(t -> t.startsWith("VoicePact Delivery Alert:"));

        assertThat(world.smsCommands.handle(delivered)).isEqualTo(InboundSmsOutcome.APPLIED);
        assertThat(world.smsCommands.handle(delivered)).isEqualTo(InboundSmsOutcome.DUPLICATE);
        world.dispatchAll();

        assertThat(world.wires.allTripped()).isTrue();
        assertThat(world.audited(id.value(), "DELIVERY_REPORTED")).isEqualTo(1);
        assertThat(world.sentTo(BUYER))
                .filteredOn(t -> t.startsWith("VoicePact Delivery Alert:"))
                .hasSize(1);
        assertThat(world.sentTo(SELLER))
                .filteredOn(t -> t.equals(EN.acknowledge(SmsCommand.Verb.DELIVERED, id)))
                .hasSize(1);
        assertThat(world.sentTo(SELLER)).noneMatch(t -> t.startsWith("VoicePact: " + id + " was not changed"));
    }

    @Test
    void givenACrashWithinTheEffectOfAYesSms_whenResent_thenConfirmedOnceAndAcknowledgedOnce() {
        ContractId id = world.create
                .create(com.voicepact.application.fakes.CreateContractCommands.smallDeal())
                .id();
        InboundSms yes = sms(BUYER, "YES-" + id, "ATXid_yes");
        world.wires.crashOnce(AuditLog.class, "record", audit("CONTRACT_CONFIRMED_BY_PARTY"));

        assertThatThrownBy(() -> world.smsCommands.handle(yes)).isInstanceOf(SimulatedCrash.class);
        assertThat(world.stores
                        .contracts()
                        .findById(id)
                        .orElseThrow()
                        .agreement()
                        .confirmations())
                .isEmpty();

        assertThat(world.smsCommands.handle(yes)).isEqualTo(InboundSmsOutcome.APPLIED);
        assertThat(world.smsCommands.handle(yes)).isEqualTo(InboundSmsOutcome.DUPLICATE);
        world.dispatchAll();

        assertThat(world.wires.allTripped()).isTrue();
        assertThat(world.stores
                        .contracts()
                        .findById(id)
                        .orElseThrow()
                        .agreement()
                        .confirmations())
                .hasSize(1);
        assertThat(world.audited(id.value(), "CONTRACT_CONFIRMED_BY_PARTY")).isEqualTo(1);
        assertThat(world.sentTo(BUYER))
                .filteredOn(t -> t.equals(EN.acknowledge(
                        SmsCommand.Verb.YES,
                        world.stores.contracts().findById(id).orElseThrow())))
                .hasSize(1);
    }

    @Test
    void givenTheSameSmsTwice_whenHandled_thenOneEffectAndOneReply() {
        EscrowPayment payment = world.pendingCheckout(world.confirmedContract());
        world.providerConfirms(payment);
        ContractId id = payment.contractId();
        InboundSms delivered = sms(SELLER, "DELIVERED-" + id, "ATXid_twice");

        List<InboundSmsOutcome> outcomes =
                List.of(world.smsCommands.handle(delivered), world.smsCommands.handle(delivered));
        world.dispatchAll();

        assertThat(outcomes).containsExactly(InboundSmsOutcome.APPLIED, InboundSmsOutcome.DUPLICATE);
        assertThat(world.audited(id.value(), "DELIVERY_REPORTED")).isEqualTo(1);
        assertThat(world.sentTo(BUYER))
                .filteredOn(t -> t.startsWith("VoicePact Delivery Alert:"))
                .hasSize(1);
        assertThat(world.sentTo(SELLER))
                .filteredOn(t -> t.equals(EN.acknowledge(SmsCommand.Verb.DELIVERED, id)))
                .hasSize(1);
    }

    // --- USSD ---

    private String hop(String session, PhoneNumber phone, String text) {
        return world.ussd.handle(new UssdRequest(session, "*384*123#", phone, "63902", text));
    }

    /** The seller's session up to the delivery screen of the contract; answers the contract. */
    private ContractId sellerAtTheDeliveryScreen(String session) {
        EscrowPayment payment = world.pendingCheckout(world.confirmedContract());
        world.providerConfirms(payment);
        hop(session, SELLER, "");
        assertThat(hop(session, SELLER, "2")).contains(payment.contractId().value());
        hop(session, SELLER, "2*1");
        return payment.contractId();
    }

    @Test
    void givenACrashAtTheSessionSaveOfADeliveryHop_whenTheGatewayResendsTheHop_thenReportedOnce() {
        ContractId id = sellerAtTheDeliveryScreen("U1");
        world.wires.crashOnce(UssdSessions.class, "save", args -> true);

        assertThat(hop("U1", SELLER, "2*1*1"))
                .as("our failure ends the session")
                .startsWith("END ")
                .doesNotContain("confirmed");
        world.dispatchAll();
        assertThat(world.sentTo(BUYER)).noneMatch(t -> t.startsWith("VoicePact Delivery Alert:"));

        String done = hop("U1", SELLER, "2*1*1");
        assertThat(done).startsWith("END Full delivery confirmed!");
        assertThat(hop("U1", SELLER, "2*1*1"))
                .as("resent again: the stored screen")
                .isEqualTo(done);
        world.dispatchAll();

        assertThat(world.wires.allTripped()).isTrue();
        assertThat(world.audited(id.value(), "DELIVERY_REPORTED")).isEqualTo(1);
        assertThat(world.sentTo(BUYER))
                .filteredOn(t -> t.startsWith("VoicePact Delivery Alert:"))
                .hasSize(1);
    }

    @Test
    void givenACrashWithinTheEffectOfADeliveryHop_whenResent_thenReportedOnce() {
        ContractId id = sellerAtTheDeliveryScreen("U2");
        world.wires.crashOnce(OutboxMessages.class, "enqueue", outboxKeyStartingWith("sms:delivery:"));

        assertThat(hop("U2", SELLER, "2*1*1")).startsWith("END ").doesNotContain("confirmed");
        assertThat(world.stores
                        .contracts()
                        .findById(id)
                        .orElseThrow()
                        .fulfilment()
                        .delivery())
                .isEmpty();

        assertThat(hop("U2", SELLER, "2*1*1")).startsWith("END Full delivery confirmed!");
        world.dispatchAll();

        assertThat(world.wires.allTripped()).isTrue();
        assertThat(world.audited(id.value(), "DELIVERY_REPORTED")).isEqualTo(1);
        assertThat(world.sentTo(BUYER))
                .filteredOn(t -> t.startsWith("VoicePact Delivery Alert:"))
                .hasSize(1);
    }

    // --- voice callbacks ---

    private VoiceCall startedCall() {
        return world.voice.start(
                List.of(Party.of(BUYER, PartyRole.BUYER, "Amina"), Party.of(SELLER, PartyRole.SELLER, "Juma")),
                ContractType.AGRICULTURAL_SUPPLY);
    }

    private static VoiceCallback unanswered(String session) {
        return new VoiceCallback(session, false, BUYER.e164(), "+254711082000", null, 0, "NO_ANSWER");
    }

    @Test
    void givenACrashWhileTheEndOfACallIsAudited_whenAtResendsTheFinalCallback_thenEndedOnceAndEachPartyToldOnce() {
        VoiceCall call = startedCall();
        world.wires.crashOnce(AuditLog.class, "record", audit("VOICE_CALL_ENDED"));

        assertThatThrownBy(() -> world.voice.handle(unanswered(call.sessionId())))
                .isInstanceOf(SimulatedCrash.class);
        assertThat(world.voice.get(call.id()).status()).isEqualTo(CallStatus.CALLING);

        assertThat(world.voice.handle(unanswered(call.sessionId()))).isEmpty();
        assertThat(world.voice.handle(unanswered(call.sessionId())))
                .as("a later resend")
                .isEmpty();
        world.dispatchAll();

        assertThat(world.wires.allTripped()).isTrue();
        assertThat(world.voice.get(call.id()).status()).isEqualTo(CallStatus.FAILED);
        assertThat(world.audited(call.id(), "VOICE_CALL_ENDED")).isEqualTo(1);
        assertThat(world.sentTo(BUYER)).filteredOn(t -> t.contains("NO_ANSWER")).hasSize(1);
        assertThat(world.sentTo(SELLER))
                .filteredOn(t -> t.contains("NO_ANSWER"))
                .hasSize(1);
    }

    @Test
    void givenTheSameFinalCallbackTwice_whenHandled_thenOneEnd() {
        VoiceCall call = startedCall();
        world.voice.handle(unanswered(call.sessionId()));
        world.voice.handle(unanswered(call.sessionId()));
        world.dispatchAll();
        assertThat(world.audited(call.id(), "VOICE_CALL_ENDED")).isEqualTo(1);
        assertThat(world.sentTo(BUYER)).filteredOn(t -> t.contains("NO_ANSWER")).hasSize(1);
    }

    // --- payment notifications ---

    @Test
    void givenACrashAtTheMarkOfASuccessNotification_whenTheProviderResendsIt_thenLockedOnce() {
        EscrowPayment payment = world.pendingCheckout(world.confirmedContract());
        world.wires.crashOnce(ProviderEvents.class, "record", args -> true);

        assertThatThrownBy(() -> world.providerConfirms(payment)).isInstanceOf(SimulatedCrash.class);
        assertThat(world.stores.payments().findById(payment.id()).orElseThrow().status())
                .isEqualTo(PaymentStatus.PENDING);
        world.dispatchAll();
        assertThat(world.sentTo(SELLER)).noneMatch(t -> t.startsWith("VoicePact Escrow Funded"));

        assertThat(world.providerConfirms(payment).outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(world.providerConfirms(payment).outcome()).isEqualTo(Outcome.DUPLICATE);
        world.dispatchAll();

        assertLockedOnce(payment);
    }

    @Test
    void givenACrashWithinTheEffectOfASuccessNotification_whenResent_thenLockedOnce() {
        EscrowPayment payment = world.pendingCheckout(world.confirmedContract());
        world.wires.crashOnce(OutboxMessages.class, "enqueue", outboxKeyStartingWith("sms:funded:"));

        assertThatThrownBy(() -> world.providerConfirms(payment)).isInstanceOf(SimulatedCrash.class);
        assertThat(world.stores
                        .events()
                        .findByKey(ProviderEvent.keyOf(
                                payment.lifecycle().providerTransactionId().orElseThrow(), "Success", "KES 9000")))
                .as("no mark without its effect")
                .isEmpty();

        assertThat(world.providerConfirms(payment).outcome()).isEqualTo(Outcome.APPLIED);
        world.dispatchAll();

        assertLockedOnce(payment);
    }

    @Test
    void givenTheSameNotificationTwice_whenHandled_thenLockedOnce() {
        EscrowPayment payment = world.pendingCheckout(world.confirmedContract());
        assertThat(List.of(
                        world.providerConfirms(payment).outcome(),
                        world.providerConfirms(payment).outcome()))
                .containsExactly(Outcome.APPLIED, Outcome.DUPLICATE);
        world.dispatchAll();
        assertLockedOnce(payment);
    }

    private void assertLockedOnce(EscrowPayment payment) {
        assertThat(world.wires.allTripped()).isTrue();
        assertThat(world.stores.payments().findById(payment.id()).orElseThrow().status())
                .isEqualTo(PaymentStatus.LOCKED);
        assertThat(world.stores
                        .contracts()
                        .findById(payment.contractId())
                        .orElseThrow()
                        .status())
                .isEqualTo(ContractStatus.ACTIVE);
        assertThat(world.stores.ledger().forContract(payment.contractId())).hasSize(1);
        assertThat(world.audited(payment.id().value(), "PAYMENT_LOCKED")).isEqualTo(1);
        assertThat(world.sentTo(SELLER))
                .filteredOn(t -> t.startsWith("VoicePact Escrow Funded"))
                .hasSize(1);
    }
}
