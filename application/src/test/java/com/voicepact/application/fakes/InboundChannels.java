package com.voicepact.application.fakes;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.contract.ContractSettings;
import com.voicepact.application.contract.port.in.ContractDecisionCommand;
import com.voicepact.application.contract.port.out.ContractIdPort;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.contract.service.AmendTermsService;
import com.voicepact.application.contract.service.ContractDecisionService;
import com.voicepact.application.contract.service.CreateContractService;
import com.voicepact.application.escrow.PaymentSettings;
import com.voicepact.application.escrow.port.in.CheckoutCommand;
import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.escrow.port.in.SettlementResult;
import com.voicepact.application.escrow.port.out.IdempotencyKeys;
import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.escrow.service.DeliveryService;
import com.voicepact.application.escrow.service.DisputeService;
import com.voicepact.application.escrow.service.EscrowCheckoutService;
import com.voicepact.application.escrow.service.SettleMovementService;
import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.operations.service.DispatchOutboxService;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.phone.PartyActions;
import com.voicepact.application.phone.port.out.LanguagePreferences;
import com.voicepact.application.phone.port.out.SmsLog;
import com.voicepact.application.phone.port.out.UssdSessions;
import com.voicepact.application.phone.service.HandleUssdRequestService;
import com.voicepact.application.phone.service.ReceiveSmsService;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.application.voice.IncompleteDrafts;
import com.voicepact.application.voice.port.out.ContractDrafts;
import com.voicepact.application.voice.port.out.VoiceCalls;
import com.voicepact.application.voice.service.SendDraftTermService;
import com.voicepact.application.voice.service.TranscriptContractService;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentReference;
import com.voicepact.domain.testdata.ContractBuilder;
import java.util.List;
import java.util.Map;

/**
 * The four inbound channels (SMS commands, USSD hops, voice callbacks, payment notifications) on the
 * application's real services, over whatever stores they are given (the in-memory fakes, H2,
 * PostgreSQL), each store behind {@link #wires} so that a test can crash a call or race two deliveries.
 * Providers are fakes that only record what reached them.
 */
public final class InboundChannels {

    /** The stores the channels keep their state in, as one adapter (or the fakes) provides them. */
    public record Stores(
            TransactionPort transactions,
            Contracts contracts,
            ContractIdPort ids,
            AuditLog auditLog,
            Payments payments,
            LedgerPostings ledger,
            OutboxMessages outbox,
            ProviderEvents events,
            IdempotencyKeys idempotencyKeys,
            LanguagePreferences languages,
            SmsLog smsLog,
            UssdSessions ussdSessions,
            VoiceCalls voiceCalls,
            ContractDrafts contractDrafts) {

        public static Stores of(InMemoryVoicePact app) {
            return new Stores(
                    app.transactions,
                    app.contracts,
                    app.ids,
                    app.auditLog,
                    app.payments,
                    app.ledger,
                    app.outbox,
                    app.providerEvents,
                    app.idempotencyKeys,
                    app.languages,
                    app.smsLog,
                    app.ussdSessions,
                    app.voiceCalls,
                    app.contractDrafts);
        }
    }

    public final Tripwires wires = new Tripwires();
    public final MutableClock clock = new MutableClock(ContractBuilder.T0);
    public final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway(clock);
    public final RecordingSmsGateway sms = new RecordingSmsGateway();
    public final FakeVoiceProviders voiceProviders = new FakeVoiceProviders();
    public final Stores stores;
    public final CreateContractService create;
    public final ContractDecisionService decisions;
    public final DeliveryService delivery;
    public final EscrowCheckoutService checkout;
    public final SettleMovementService notifications;
    public final ReceiveSmsService smsCommands;
    public final HandleUssdRequestService ussd;
    public final VoiceNode voice;
    public final DispatchOutboxService dispatcher;

    public InboundChannels(Stores given) {
        stores = given;
        Contracts contracts = wires.wrap(Contracts.class, given.contracts());
        AuditLog auditLog = wires.wrap(AuditLog.class, given.auditLog());
        Payments payments = wires.wrap(Payments.class, given.payments());
        OutboxMessages outbox = wires.wrap(OutboxMessages.class, given.outbox());
        ProviderEvents events = wires.wrap(ProviderEvents.class, given.events());
        UssdSessions sessions = wires.wrap(UssdSessions.class, given.ussdSessions());
        VoiceCalls calls = wires.wrap(VoiceCalls.class, given.voiceCalls());
        ContractDrafts drafts = wires.wrap(ContractDrafts.class, given.contractDrafts());
        TransactionPort tx = given.transactions();
        AuditTrail trail = new AuditTrail(auditLog, new AuditChain(InMemoryVoicePact.AUDIT_KEY), clock);
        Messenger messenger = new Messenger(outbox, given.languages(), clock, Language.EN);
        EscrowPorts ports = new EscrowPorts(contracts, payments, given.ledger(), outbox, clock, tx, trail, messenger);
        create = new CreateContractService(
                contracts, given.ids(), clock, tx, trail, ContractSettings.defaults(), messenger);
        decisions = new ContractDecisionService(contracts, clock, tx, trail, messenger);
        AmendTermsService amendTerms =
                new AmendTermsService(contracts, clock, tx, trail, ContractSettings.defaults(), messenger);
        delivery = new DeliveryService(
                ports.moves(), ports.contracts(), ports.clock(), ports.transactions(), ports.audit());
        DisputeService disputes = new DisputeService(
                ports.moves(),
                ports.contracts(),
                ports.payments(),
                ports.clock(),
                ports.transactions(),
                ports.audit(),
                ports.payoutLimits());
        checkout = new EscrowCheckoutService(
                ports.moves(),
                ports.payments(),
                ports.clock(),
                ports.transactions(),
                ports.audit(),
                gateway,
                given.idempotencyKeys(),
                new PaymentReference(InMemoryVoicePact.AUDIT_KEY),
                PaymentSettings.defaults());
        notifications = new SettleMovementService(
                ports.moves(),
                ports.payments(),
                ports.ledger(),
                ports.clock(),
                ports.transactions(),
                ports.audit(),
                ports.payoutLimits(),
                events);
        smsCommands = new ReceiveSmsService(
                contracts,
                events,
                messenger,
                trail,
                clock,
                tx,
                new PartyActions(decisions, decisions, delivery, delivery, disputes, amendTerms),
                "*384*123#",
                new SendDraftTermService(drafts, create, trail, clock, tx));
        ussd = new HandleUssdRequestService(
                sessions,
                contracts,
                payments,
                given.languages(),
                messenger,
                clock,
                tx,
                new PartyActions(decisions, decisions, delivery, delivery, disputes, amendTerms),
                new RecordingUssdMetrics());
        voice = new VoiceNode(
                calls,
                voiceProviders,
                voiceProviders,
                voiceProviders,
                new TranscriptContractService(
                        create,
                        new IncompleteDrafts(
                                given.ids(),
                                drafts,
                                messenger,
                                clock,
                                ContractSettings.defaults().confirmationWindow()),
                        clock),
                messenger,
                trail,
                clock,
                tx);
        dispatcher = new DispatchOutboxService(
                ports.payments(),
                ports.outbox(),
                ports.clock(),
                ports.transactions(),
                ports.audit(),
                ports.ledger(),
                ports.messenger(),
                sms,
                gateway,
                notifications,
                given.smsLog());
    }

    /** A small deal (KES 9,000, one checkout pays it) both parties have confirmed. */
    public ContractId confirmedContract() {
        ContractId id = create.create(CreateContractCommands.smallDeal()).id();
        decisions.confirm(ContractDecisionCommand.fromParty(id, BUYER, Channel.SMS));
        decisions.confirm(ContractDecisionCommand.fromParty(id, SELLER, Channel.SMS));
        return id;
    }

    /** The buyer's checkout of the whole total, sent to the provider and waiting for its notification. */
    public EscrowPayment pendingCheckout(ContractId contract) {
        return pendingCheckout(contract, "9000");
    }

    /** A checkout of {@code amount} KES, its payer already paid at the provider (its notification not yet received). */
    public EscrowPayment pendingCheckout(ContractId contract, String amount) {
        EscrowPayment payment = checkout.checkout(new CheckoutCommand(
                        contract,
                        BUYER,
                        Money.of(amount, CurrencyCode.KES),
                        "escrow",
                        Map.of(),
                        null,
                        Actor.operator("ops")))
                .payment();
        gateway.complete(payment.lifecycle().providerTransactionId().orElseThrow(), "Success");
        return payment;
    }

    /** The provider's success notification of a checkout. */
    public SettlementResult providerConfirms(EscrowPayment payment) {
        return notifications.settle(EscrowScenario.success(
                payment.lifecycle().providerTransactionId().orElseThrow(), payment.amount()));
    }

    /** An ACTIVE contract whose escrow holds the total, the goods reported delivered by the seller. */
    public EscrowPayment deliveredContract() {
        EscrowPayment payment = pendingCheckout(confirmedContract());
        providerConfirms(payment);
        delivery.reportDelivery(
                new DeliveryCommand(payment.contractId(), SELLER, null, Channel.USSD, Actor.party(SELLER)));
        return stores.payments().findById(payment.id()).orElseThrow();
    }

    /** How many audit entries of this action the subject has. */
    public long audited(String subject, String action) {
        return stores.auditLog().forSubject(subject).stream()
                .filter(e -> e.record().action().equals(action))
                .count();
    }

    /** The SMS queued for a phone so far (sent or not), by text. */
    public List<String> queuedFor(PhoneNumber phone) {
        return stores.outbox().pending().stream()
                .filter(m -> m.kind() == OutboxMessage.Kind.SMS)
                .filter(m -> OutboxTexts.to(m).equals(phone.e164()))
                .map(m -> OutboxTexts.text(m))
                .toList();
    }

    /** Runs the outbox dispatcher until it finds nothing due: whatever was committed reaches the providers. */
    public void dispatchAll() {
        for (int round = 0; round < 5 && dispatcher.dispatchDue() > 0; round++) {
            Thread.onSpinWait();
        }
    }

    /** The SMS that reached the provider for a phone so far. */
    public List<String> sentTo(PhoneNumber phone) {
        return sms.sent().stream()
                .filter(s -> s.to().equals(phone))
                .map(RecordingSmsGateway.Sent::text)
                .toList();
    }
}
