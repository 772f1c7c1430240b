package com.voicepact.application.fakes;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;

import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.contract.ContractSettings;
import com.voicepact.application.contract.port.in.ContractDecisionCommand;
import com.voicepact.application.contract.port.out.ContractIdPort;
import com.voicepact.application.contract.service.AmendTermsService;
import com.voicepact.application.contract.service.ContractDecisionService;
import com.voicepact.application.contract.service.CreateContractService;
import com.voicepact.application.escrow.PaymentSettings;
import com.voicepact.application.escrow.port.in.CheckoutCommand;
import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.escrow.port.in.DisputeCommand;
import com.voicepact.application.escrow.port.in.ReleaseEscrowCommand;
import com.voicepact.application.escrow.port.in.ReleaseNotAllowedException;
import com.voicepact.application.escrow.port.in.ResolveDisputeCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.out.IdempotencyKeys;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.ProviderEvent;
import com.voicepact.application.escrow.service.DeliveryService;
import com.voicepact.application.escrow.service.DisputeService;
import com.voicepact.application.escrow.service.EscalateOverdueEscrowsService;
import com.voicepact.application.escrow.service.EscrowCheckoutService;
import com.voicepact.application.escrow.service.EscrowReleaseService;
import com.voicepact.application.escrow.service.SettleMovementService;
import com.voicepact.application.escrow.service.SettleStalePayoutsService;
import com.voicepact.application.fakes.InMemoryPaymentGateway.ProviderTransaction;
import com.voicepact.application.operations.service.DispatchOutboxService;
import com.voicepact.application.phone.PartyActions;
import com.voicepact.application.phone.port.in.InboundSms;
import com.voicepact.application.phone.port.in.InboundSmsOutcome;
import com.voicepact.application.phone.port.out.SmsLog;
import com.voicepact.application.phone.service.ReceiveSmsService;
import com.voicepact.domain.DomainException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditEntry;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.DeliveryReport;
import com.voicepact.domain.contract.DisputeResolution;
import com.voicepact.domain.messaging.SmsTemplates;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentReference;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.SettlementPlan;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The race table of issue 10: every pair of the actions that decide where escrowed money goes (accept
 * by API and SMS, dispute by API and SMS, the operator's release, the three resolutions, the payout
 * notification, the escrow-timeout job), from each {@link Start}, one after the other or at once.
 * A {@link Run} is one pair's world: a fresh contract, its own provider and its own phones, on
 * whatever ports it is given (in memory or a database). After the pair the world goes quiet and
 * {@link Run#check()} must hold: money conserved, the seller never above the entitlement, every payment
 * settled or waiting for someone who will settle it, every notification recorded, and the SMS each
 * party got true to what happened to the money.
 */
public final class EscrowPairs {

    /** One thing a party, the operator, the provider or a job does. */
    public enum Action {
        ACCEPT_API,
        ACCEPT_SMS,
        DISPUTE_API,
        DISPUTE_SMS,
        OPERATOR_RELEASE,
        RESOLVE_RELEASE,
        RESOLVE_REFUND,
        RESOLVE_SPLIT,
        PAYOUT_NOTIFICATION,
        ESCROW_TIMEOUT
    }

    /** Where a pair starts; in each, the escrow window has passed, so the timeout job would act. */
    public enum Start {
        /** Funded by one payment of the total, delivery reported, nothing decided. */
        DELIVERED,
        /** The same, with the buyer's dispute open. */
        DISPUTED,
        /** The buyer accepted: the payout to the seller is queued, not yet handed to the provider. */
        RELEASE_QUEUED,
        /** The buyer accepted: the payout to the seller is at the provider, not yet notified. */
        RELEASE_SENT
    }

    public record Pair(Start start, Action first, Action second) {
        @Override
        public String toString() {
            return start + ": " + first + " then " + second;
        }
    }

    /** Every start with every ordered pair of two different actions. */
    public static List<Pair> orderedPairs() {
        List<Pair> pairs = new ArrayList<>();
        for (Start start : Start.values()) {
            for (Action a : Action.values()) {
                for (Action b : Action.values()) {
                    if (a != b) {
                        pairs.add(new Pair(start, a, b));
                    }
                }
            }
        }
        return pairs;
    }

    /** Every start with every unordered pair of two different actions (for running both at once). */
    public static List<Pair> unorderedPairs() {
        return orderedPairs().stream()
                .filter(p -> p.first().ordinal() < p.second().ordinal())
                .toList();
    }

    /** What an action came to: applied, refused by the rules (with the reason), or nothing to do. */
    public record Outcome(String kind, String reason) {
        static Outcome applied() {
            return new Outcome("applied", "");
        }

        static Outcome nothing() {
            return new Outcome("nothing", "");
        }

        static Outcome refused(String reason) {
            return new Outcome("refused", reason);
        }

        public boolean isApplied() {
            return kind.equals("applied");
        }

        @Override
        public String toString() {
            return reason.isEmpty() ? kind : kind + " (" + reason + ")";
        }
    }

    private static final Actor OPERATOR = Actor.operator("ops");
    private static final BigDecimal SHARE = new BigDecimal("0.5");
    private static final Money TOTAL = Money.of("9000", CurrencyCode.KES);

    private EscrowPairs() {}

    /** A fresh contract in {@code start} on these ports, with its own provider and phones. */
    public static Run start(
            Start start,
            EscrowPorts ports,
            MutableClock clock,
            ProviderEvents events,
            IdempotencyKeys keys,
            ContractIdPort ids,
            SmsLog smsLog,
            AuditLog auditLog) {
        Run run = new Run(ports, clock, events, keys, smsLog, auditLog);
        run.prepare(start, ids);
        return run;
    }

    /** One pair's world. Its actions may run on two threads at once. */
    public static final class Run {

        private final EscrowPorts ports;
        private final MutableClock clock;
        private final ProviderEvents events;
        private final AuditLog auditLog;
        private final InMemoryPaymentGateway provider;
        private final RecordingSmsGateway phones = new RecordingSmsGateway();
        private final PaymentSettings settings = PaymentSettings.defaults();
        private final EscrowCheckoutService checkout;
        private final SettleMovementService notifications;
        private final DeliveryService delivery;
        private final DisputeService disputes;
        private final EscrowReleaseService release;
        private final EscalateOverdueEscrowsService jobs;
        private final DispatchOutboxService dispatcher;
        private final SettleStalePayoutsService stalePayouts;
        private final ReceiveSmsService sms;
        private final List<String> notificationKeys = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger smsIds = new AtomicInteger();
        private ContractId contract;

        private Run(
                EscrowPorts ports,
                MutableClock clock,
                ProviderEvents events,
                IdempotencyKeys keys,
                SmsLog smsLog,
                AuditLog auditLog) {
            this.ports = ports;
            this.clock = clock;
            this.events = events;
            this.auditLog = auditLog;
            this.provider = new InMemoryPaymentGateway(clock);
            this.checkout = new EscrowCheckoutService(
                    ports.moves(),
                    ports.payments(),
                    ports.clock(),
                    ports.transactions(),
                    ports.audit(),
                    provider,
                    keys,
                    new PaymentReference(InMemoryVoicePact.AUDIT_KEY),
                    settings);
            this.notifications = new SettleMovementService(
                    ports.moves(),
                    ports.payments(),
                    ports.ledger(),
                    ports.clock(),
                    ports.transactions(),
                    ports.audit(),
                    ports.payoutLimits(),
                    events);
            this.delivery = new DeliveryService(
                    ports.moves(), ports.contracts(), ports.clock(), ports.transactions(), ports.audit());
            this.disputes = new DisputeService(
                    ports.moves(),
                    ports.contracts(),
                    ports.payments(),
                    ports.clock(),
                    ports.transactions(),
                    ports.audit(),
                    ports.payoutLimits());
            this.release = new EscrowReleaseService(
                    ports.moves(), ports.payments(), ports.clock(), ports.transactions(), ports.payoutLimits());
            this.jobs = new EscalateOverdueEscrowsService(
                    ports.moves(),
                    ports.contracts(),
                    ports.payments(),
                    ports.clock(),
                    ports.transactions(),
                    ports.audit(),
                    settings);
            this.dispatcher = new DispatchOutboxService(
                    ports.payments(),
                    ports.outbox(),
                    ports.clock(),
                    ports.transactions(),
                    ports.audit(),
                    ports.ledger(),
                    ports.messenger(),
                    phones,
                    provider,
                    notifications,
                    smsLog);
            this.stalePayouts =
                    new SettleStalePayoutsService(ports.payments(), ports.clock(), provider, notifications, settings);
            ContractDecisionService decisions = new ContractDecisionService(
                    ports.contracts(), clock, ports.transactions(), ports.audit(), ports.messenger());
            this.sms = new ReceiveSmsService(
                    ports.contracts(),
                    events,
                    ports.messenger(),
                    ports.audit(),
                    clock,
                    ports.transactions(),
                    new PartyActions(
                            decisions,
                            decisions,
                            delivery,
                            delivery,
                            disputes,
                            new AmendTermsService(
                                    ports.contracts(),
                                    clock,
                                    ports.transactions(),
                                    ports.audit(),
                                    ContractSettings.defaults(),
                                    ports.messenger())),
                    "*384*123#");
        }

        private void prepare(Start start, ContractIdPort ids) {
            CreateContractService create = new CreateContractService(
                    ports.contracts(),
                    ids,
                    clock,
                    ports.transactions(),
                    ports.audit(),
                    ContractSettings.defaults(),
                    ports.messenger());
            ContractDecisionService decisions = new ContractDecisionService(
                    ports.contracts(), clock, ports.transactions(), ports.audit(), ports.messenger());
            contract = create.create(CreateContractCommands.smallDeal()).id();
            decisions.confirm(ContractDecisionCommand.fromParty(contract, BUYER, Channel.SMS));
            decisions.confirm(ContractDecisionCommand.fromParty(contract, SELLER, Channel.SMS));
            EscrowPayment payment = checkout.checkout(
                            new CheckoutCommand(contract, BUYER, TOTAL, "escrow", Map.of(), null, OPERATOR))
                    .payment();
            String providerId = payment.lifecycle().providerTransactionId().orElseThrow();
            notify(provider.complete(providerId, "Success"));
            delivery.reportDelivery(new DeliveryCommand(contract, SELLER, null, Channel.USSD, Actor.party(SELLER)));
            clock.advance(settings.escrowTimeout().plusDays(1));
            switch (start) {
                case DELIVERED -> {}
                case DISPUTED ->
                    disputes.raiseDispute(new DisputeCommand(contract, BUYER, "bags are wet", Actor.party(BUYER)));
                case RELEASE_QUEUED ->
                    delivery.acceptDelivery(
                            new DeliveryCommand(contract, BUYER, null, Channel.SMS, Actor.party(BUYER)));
                case RELEASE_SENT -> {
                    delivery.acceptDelivery(
                            new DeliveryCommand(contract, BUYER, null, Channel.SMS, Actor.party(BUYER)));
                    dispatcher.dispatchDue();
                    require(provider.payouts().size() == 1, "the release was not handed to the provider");
                }
            }
        }

        public ContractId contract() {
            return contract;
        }

        /**
         * Does {@code action}. A refusal by the rules is an outcome; anything else (a 500, a conflict
         * that outlived its retries) propagates and fails the pair.
         */
        public Outcome perform(Action action) {
            try {
                return switch (action) {
                    case ACCEPT_API ->
                        applied(() -> delivery.acceptDelivery(new DeliveryCommand(
                                contract, BUYER, null, Channel.API, Actor.operatorFor("ops", BUYER))));
                    case ACCEPT_SMS -> bySms(BUYER, "ACCEPT-" + contract.value());
                    case DISPUTE_API ->
                        applied(() -> disputes.raiseDispute(new DisputeCommand(
                                contract, SELLER, "buyer will not answer", Actor.operatorFor("ops", SELLER))));
                    case DISPUTE_SMS -> bySms(BUYER, "DISPUTE-" + contract.value() + " bags are wet");
                    case OPERATOR_RELEASE ->
                        applied(() -> release.release(new ReleaseEscrowCommand(
                                contract, payments().get(0).id(), OPERATOR)));
                    case RESOLVE_RELEASE -> resolve(DisputeResolution.RELEASE_TO_SELLER, null);
                    case RESOLVE_REFUND -> resolve(DisputeResolution.REFUND_BUYER, null);
                    case RESOLVE_SPLIT -> resolve(DisputeResolution.SPLIT, SHARE);
                    case PAYOUT_NOTIFICATION -> payAndNotify();
                    case ESCROW_TIMEOUT -> jobs.escalateOverdueEscrows() > 0 ? Outcome.applied() : Outcome.nothing();
                };
            } catch (DomainException | ReleaseNotAllowedException refused) {
                return Outcome.refused(refused.getMessage());
            }
        }

        private Outcome applied(Runnable work) {
            work.run();
            return Outcome.applied();
        }

        private Outcome resolve(DisputeResolution how, BigDecimal share) {
            return applied(() -> disputes.resolveDispute(new ResolveDisputeCommand(contract, how, share, OPERATOR)));
        }

        private Outcome bySms(PhoneNumber from, String text) {
            InboundSmsOutcome outcome = sms.handle(new InboundSms(
                    from,
                    "63902",
                    text,
                    "2026-11-30 10:00:00",
                    "ATXid_in_" + contract.value() + "_" + smsIds.incrementAndGet(),
                    null));
            return switch (outcome) {
                case APPLIED -> Outcome.applied();
                case REFUSED, ANSWERED -> Outcome.refused("by SMS reply");
                default -> throw new AssertionError("SMS " + text + " was " + outcome);
            };
        }

        /** The dispatcher hands over due payouts; the provider pays every payout it holds and notifies us of each. */
        private Outcome payAndNotify() {
            dispatcher.dispatchDue();
            List<ProviderTransaction> open = provider.allTransactions().stream()
                    .filter(t -> t.clientReference().contains("-P") && "Pending".equals(t.status()))
                    .toList();
            for (ProviderTransaction t : open) {
                notify(provider.complete(t.providerTransactionId(), "Success"));
            }
            return open.isEmpty() ? Outcome.nothing() : Outcome.applied();
        }

        /** A provider notification, as AT sends it; it must be answered (recorded), whatever the contract's state. */
        private void notify(ProviderTransaction t) {
            boolean payout = t.clientReference().contains("-P");
            MoneyMovement movement = payout ? MoneyMovement.PAYOUT : MoneyMovement.COLLECTION;
            String ours = payout ? t.clientReference() : null;
            SettleMovementCommand n = "Success".equals(t.status())
                    ? Callbacks.success(
                            t.providerTransactionId(),
                            movement,
                            t.value().currency(),
                            t.value().amount(),
                            null,
                            ours)
                    : Callbacks.failure(
                            t.providerTransactionId(),
                            movement,
                            t.value().currency(),
                            t.value().amount(),
                            t.status(),
                            ours);
            notifications.settle(n);
            notificationKeys.add(ProviderEvent.keyOf(
                    n.providerReference(),
                    t.status(),
                    t.value().currency() + " "
                            + t.value().amount().stripTrailingZeros().toPlainString()));
        }

        /**
         * Nobody else acts: the dispatcher hands over payouts and SMS, the provider pays what it holds
         * and tells us (or, if that is lost, the stale-payout job asks), until nothing moves.
         */
        public void goQuiet() {
            for (int round = 0; round < 2; round++) {
                clock.advance(Duration.ofMinutes(2));
                payAndNotify();
                clock.advance(Duration.ofMinutes(61));
                stalePayouts.settleStalePayouts();
            }
            dispatcher.dispatchDue();
        }

        // ---- what must hold after every pair ----

        /** Throws {@link AssertionError} naming what broke. */
        public void check() {
            checkMoney();
            checkSettled();
            checkNotificationsRecorded();
            checkPartiesToldTheTruth();
        }

        private void checkMoney() {
            Money in = providerSum(false, null, Set.of("Success"));
            Money out = providerSum(true, null, Set.of("Success", "Pending"));
            require(out.compareTo(in) <= 0, "paid out " + out + " but only " + in + " came in");
            Money entitlement = SettlementPlan.sellerEntitlement(contractNow());
            Money toSeller = providerSum(true, SELLER, Set.of("Success", "Pending"));
            require(
                    toSeller.compareTo(entitlement) <= 0,
                    "the seller got " + toSeller + " but is entitled to " + entitlement + " on a "
                            + contractNow().status() + " contract");
        }

        /** Every payment is final, or held for someone who will settle it: an operator's resolution, the buyer or the timeout job. */
        private void checkSettled() {
            Contract c = contractNow();
            boolean awaitsOperator = c.status() == ContractStatus.DISPUTED
                    && c.fulfilment().dispute().map(d -> d.isOpen()).orElse(false);
            boolean awaitsBuyerOrTimeout = c.status() == ContractStatus.ACTIVE
                    && !c.fulfilment()
                            .delivery()
                            .map(DeliveryReport::isAccepted)
                            .orElse(false);
            for (EscrowPayment p : payments()) {
                require(
                        p.payouts().stream().noneMatch(Payout::isOpen),
                        p.id() + " still has a payout in flight: " + p.payouts());
                require(
                        p.status() != PaymentStatus.RELEASING
                                && p.status() != PaymentStatus.REFUNDING
                                && p.status() != PaymentStatus.PENDING,
                        p.id() + " is still " + p.status() + " on a " + c.status() + " contract");
                require(
                        p.status() != PaymentStatus.LOCKED || awaitsOperator || awaitsBuyerOrTimeout,
                        p.id() + " is LOCKED on a " + c.status() + " contract that nobody will settle");
            }
            Money in = providerSum(false, null, Set.of("Success"));
            Money toSeller = providerSum(true, SELLER, Set.of("Success"));
            Money toBuyer = providerSum(true, BUYER, Set.of("Success"));
            if (c.status() == ContractStatus.COMPLETED) {
                require(
                        toSeller.equals(SettlementPlan.sellerEntitlement(c))
                                && toSeller.plus(toBuyer).equals(in),
                        "completed with " + toSeller + " to the seller and " + toBuyer + " back, of " + in);
            }
            if (c.status() == ContractStatus.CANCELLED) {
                require(
                        !toSeller.isPositive() && toBuyer.equals(in),
                        "cancelled, but " + toSeller + " went to the seller and " + toBuyer + " back to the buyer, of "
                                + in);
            }
        }

        private void checkNotificationsRecorded() {
            for (String key : List.copyOf(notificationKeys)) {
                require(events.findByKey(key).isPresent(), "the notification " + key + " was not recorded");
            }
        }

        /**
         * "Payment is on hold" only while nothing had started towards the seller; "Released" and
         * "Refunded" with the amounts the provider really paid; "being released" only when it was.
         */
        private void checkPartiesToldTheTruth() {
            List<AuditEntry> audit = auditLog.allInOrder().stream()
                    .filter(e -> e.record().subject().contains(contract.value()))
                    .toList();
            int firstDispute = indexOf(audit, Set.of("DISPUTE_RAISED"));
            int firstRelease = indexOf(audit, Set.of("ESCROW_RELEASE_STARTED", "ESCROW_SPLIT_STARTED"));
            boolean onHoldSent = !texts(BUYER, "VoicePact Dispute").isEmpty()
                    || !texts(SELLER, "VoicePact Dispute").isEmpty();
            require(
                    onHoldSent == (firstDispute >= 0),
                    "dispute SMS sent: " + onHoldSent + ", dispute raised: " + (firstDispute >= 0));
            require(
                    !texts(BUYER, "VoicePact Dispute").isEmpty()
                            == !texts(SELLER, "VoicePact Dispute").isEmpty(),
                    "only one party was told of the dispute");
            require(
                    firstDispute < 0 || firstRelease < 0 || firstDispute < firstRelease,
                    "both parties were told the payment is on hold after the payment to the seller had started");
            Money toSeller = providerSum(true, SELLER, Set.of("Success"));
            Money toBuyer = providerSum(true, BUYER, Set.of("Success"));
            checkLastAmount(SELLER, "VoicePact Payment Released", toSeller);
            checkLastAmount(BUYER, "VoicePact Payment Refunded", toBuyer);
            boolean toldReleasing =
                    !texts(BUYER, "VoicePact: You accepted delivery").isEmpty();
            require(
                    !toldReleasing || firstRelease >= 0,
                    "the buyer was told the payment is being released, but no release started");
        }

        private static int indexOf(List<AuditEntry> audit, Set<String> actions) {
            for (int i = 0; i < audit.size(); i++) {
                if (actions.contains(audit.get(i).record().action())) {
                    return i;
                }
            }
            return -1;
        }

        private void checkLastAmount(PhoneNumber to, String heading, Money paid) {
            List<String> told = texts(to, heading);
            if (!paid.isPositive()) {
                require(told.isEmpty(), to.masked() + " was told '" + heading + "' but was paid nothing");
                return;
            }
            require(!told.isEmpty(), to.masked() + " was paid " + paid + " and never told");
            require(
                    told.get(told.size() - 1).contains("Amount: " + SmsTemplates.amount(paid)),
                    to.masked() + " was paid " + paid + " but told: " + told.get(told.size() - 1));
        }

        /** What a phone received about this contract (sent by the dispatcher or still queued), in order. */
        public List<String> texts(PhoneNumber to, String startingWith) {
            List<String> all = new ArrayList<>();
            phones.sent().stream()
                    .filter(s -> s.to().equals(to))
                    .map(RecordingSmsGateway.Sent::text)
                    .forEach(all::add);
            ports.outbox().pending().stream()
                    .filter(m -> to.e164().equals(OutboxTexts.to(m)))
                    .map(m -> OutboxTexts.text(m))
                    .forEach(all::add);
            return all.stream()
                    .filter(t -> t.startsWith(startingWith) && t.contains(contract.value()))
                    .toList();
        }

        private Money providerSum(boolean payouts, PhoneNumber recipient, Set<String> statuses) {
            Money sum = Money.zero(CurrencyCode.KES);
            for (ProviderTransaction t : provider.allTransactions()) {
                boolean isPayout = t.clientReference().contains("-P");
                if (isPayout == payouts
                        && statuses.contains(t.status())
                        && (recipient == null || recipientOf(t).equals(recipient))) {
                    sum = sum.plus(t.value());
                }
            }
            return sum;
        }

        private PhoneNumber recipientOf(ProviderTransaction payout) {
            return provider.payouts().stream()
                    .filter(r -> r.payoutId().equals(payout.clientReference()))
                    .findFirst()
                    .orElseThrow()
                    .recipient();
        }

        public List<EscrowPayment> payments() {
            return ports.payments().findByContract(contract);
        }

        public Contract contractNow() {
            return ports.contracts().findById(contract).orElseThrow();
        }
    }

    private static void require(boolean holds, String violation) {
        if (!holds) {
            throw new AssertionError(violation);
        }
    }
}
