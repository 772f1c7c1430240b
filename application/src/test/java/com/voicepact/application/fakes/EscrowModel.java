package com.voicepact.application.fakes;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;

import com.voicepact.application.contract.ContractSettings;
import com.voicepact.application.contract.port.in.ContractDecisionCommand;
import com.voicepact.application.contract.port.out.ContractIdPort;
import com.voicepact.application.contract.service.ContractDecisionService;
import com.voicepact.application.contract.service.CreateContractService;
import com.voicepact.application.escrow.PaymentSettings;
import com.voicepact.application.escrow.port.in.CheckoutCommand;
import com.voicepact.application.escrow.port.in.CheckoutRefusedException;
import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.escrow.port.in.DisputeCommand;
import com.voicepact.application.escrow.port.in.PaymentProviderUnavailableException;
import com.voicepact.application.escrow.port.in.RefundEscrowCommand;
import com.voicepact.application.escrow.port.in.ReleaseEscrowCommand;
import com.voicepact.application.escrow.port.in.ReleaseNotAllowedException;
import com.voicepact.application.escrow.port.in.ResolveDisputeCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.out.IdempotencyKeys;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.service.DeliveryService;
import com.voicepact.application.escrow.service.DisputeService;
import com.voicepact.application.escrow.service.EscalateOverdueEscrowsService;
import com.voicepact.application.escrow.service.EscrowCheckoutService;
import com.voicepact.application.escrow.service.EscrowReleaseService;
import com.voicepact.application.escrow.service.RetryFailedCheckoutsService;
import com.voicepact.application.escrow.service.SettleMovementService;
import com.voicepact.application.escrow.service.SettleStaleCheckoutsService;
import com.voicepact.application.fakes.InMemoryPaymentGateway.ProviderTransaction;
import com.voicepact.application.operations.service.DispatchOutboxService;
import com.voicepact.application.phone.port.out.SmsLog;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.DomainException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.DisputeResolution;
import com.voicepact.domain.ledger.Account;
import com.voicepact.domain.ledger.Balances;
import com.voicepact.domain.ledger.LedgerLine;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentReference;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The escrow as a model-based test drives it: one contract, the application's services on whatever
 * ports it is given (in memory or a database), a provider that only says what really happened, and
 * a set of steps that can come in any order, twice, late or not at all. After each step
 * {@link #checkInvariants()} holds; {@link #goQuiet()} lets the world settle and then
 * {@link #checkSettled()} holds. A step the rules refuse changes nothing and is not a failure.
 */
public final class EscrowModel {

    /** What can happen next. {@code index} picks a payment or payout (modulo how many there are). */
    public enum Kind {
        CHECKOUT_OWED,
        CHECKOUT_PART,
        CHECKOUT_TOTAL,
        PAYER_APPROVES,
        PAYER_DECLINES,
        REPLAY_LAST,
        WRONG_AMOUNT,
        CONTRADICTING_FAILURE,
        CHECKOUT_LOST_AND_EXPIRED,
        DELIVERED,
        ACCEPTED,
        DISPUTED,
        RESOLVED_RELEASE,
        RESOLVED_REFUND,
        RESOLVED_SPLIT,
        DISPATCH,
        PAYOUT_PAID,
        PAYOUT_FAILED,
        NEXT_CALL_TIMES_OUT,
        CRASH_AFTER_NEXT_PAYOUT,
        RESTART,
        ESCROW_TIMEOUT,
        OPERATOR_RELEASE,
        OPERATOR_REFUND,
        RETRY_JOB,
        CLOCK,
        PAYOUT_PAID_NOTIFICATION_LOST,
        STALE_PAYOUT_JOB,
        CHECKOUT_ANSWER_LOST
    }

    public record Step(Kind kind, int index) {
        @Override
        public String toString() {
            return kind + "(" + index + ")";
        }
    }

    /**
     * Random histories of up to {@code maxSteps} steps. Money moving is what matters, so checkouts,
     * approvals and payouts come more often than the rest.
     */
    public static net.jqwik.api.Arbitrary<List<Step>> histories(int maxSteps) {
        List<net.jqwik.api.Tuple.Tuple2<Integer, Kind>> weighted = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            int weight = switch (kind) {
                case CHECKOUT_OWED, PAYER_APPROVES -> 8;
                case DISPATCH, PAYOUT_PAID, CHECKOUT_TOTAL, CHECKOUT_PART -> 4;
                case DELIVERED, ACCEPTED, PAYER_DECLINES, REPLAY_LAST, CHECKOUT_LOST_AND_EXPIRED -> 3;
                default -> 1;
            };
            weighted.add(net.jqwik.api.Tuple.of(weight, kind));
        }
        return net.jqwik.api.Combinators.combine(
                        net.jqwik.api.Arbitraries.frequency(weighted),
                        net.jqwik.api.Arbitraries.integers().between(0, 11))
                .as(Step::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(maxSteps);
    }

    private static final Actor OPERATOR = Actor.operator("model");
    private static final BigDecimal[] SHARES = {new BigDecimal("0.25"), new BigDecimal("0.5"), new BigDecimal("0.7")};
    private final EscrowPorts ports;
    private final MutableClock clock;
    private final InMemoryPaymentGateway gateway;
    private final ProviderEvents events;
    private final IdempotencyKeys idempotencyKeys;
    private final SmsLog smsLog;
    private final ContractId contract;
    private final Money total;
    private final List<ProviderTransaction> lostAtProvider = new ArrayList<>();
    private Services services;
    private SettleMovementCommand last;

    /** The stateless services; a restart builds them again on the same ports. */
    private record Services(
            EscrowCheckoutService checkout,
            SettleMovementService notifications,
            DeliveryService delivery,
            DisputeService disputes,
            EscrowReleaseService release,
            SettleStaleCheckoutsService staleCheckouts,
            EscalateOverdueEscrowsService overdueEscrows,
            RetryFailedCheckoutsService checkoutRetries,
            DispatchOutboxService dispatcher,
            com.voicepact.application.escrow.service.SettleStalePayoutsService stalePayouts) {}

    public EscrowModel(
            EscrowPorts ports,
            MutableClock clock,
            InMemoryPaymentGateway gateway,
            ProviderEvents events,
            IdempotencyKeys idempotencyKeys,
            ContractIdPort ids,
            SmsLog smsLog) {
        this.ports = ports;
        this.clock = clock;
        this.gateway = gateway;
        this.events = events;
        this.idempotencyKeys = idempotencyKeys;
        this.smsLog = smsLog;
        this.services = build();
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
        this.contract = create.create(CreateContractCommands.smallDeal()).id();
        decisions.confirm(ContractDecisionCommand.fromParty(contract, BUYER, Channel.SMS));
        decisions.confirm(ContractDecisionCommand.fromParty(contract, SELLER, Channel.SMS));
        this.total = contract().agreement().terms().total();
    }

    private Services build() {
        PaymentSettings settings = new PaymentSettings(
                100, 1_000_000, Duration.ofMinutes(5), Duration.ofDays(7), true, 2, Duration.ofMinutes(5));
        EscrowCheckoutService checkout = new EscrowCheckoutService(
                ports.moves(),
                ports.payments(),
                ports.clock(),
                ports.transactions(),
                ports.audit(),
                gateway,
                idempotencyKeys,
                new PaymentReference(InMemoryVoicePact.AUDIT_KEY),
                settings);
        SettleMovementService notifications = new SettleMovementService(
                ports.moves(),
                ports.payments(),
                ports.ledger(),
                ports.clock(),
                ports.transactions(),
                ports.audit(),
                ports.payoutLimits(),
                events);
        DisputeService disputes = new DisputeService(
                ports.moves(),
                ports.contracts(),
                ports.payments(),
                ports.clock(),
                ports.transactions(),
                ports.audit(),
                ports.payoutLimits());
        return new Services(
                checkout,
                notifications,
                new DeliveryService(
                        ports.moves(), ports.contracts(), ports.clock(), ports.transactions(), ports.audit()),
                disputes,
                new EscrowReleaseService(
                        ports.moves(), ports.payments(), ports.clock(), ports.transactions(), ports.payoutLimits()),
                new SettleStaleCheckoutsService(
                        ports.moves(),
                        ports.payments(),
                        ports.clock(),
                        ports.transactions(),
                        ports.audit(),
                        gateway,
                        notifications,
                        settings),
                new EscalateOverdueEscrowsService(
                        ports.moves(),
                        ports.contracts(),
                        ports.payments(),
                        ports.clock(),
                        ports.transactions(),
                        ports.audit(),
                        settings),
                new RetryFailedCheckoutsService(ports.moves(), ports.payments(), ports.clock(), checkout, settings),
                new DispatchOutboxService(
                        ports.payments(),
                        ports.outbox(),
                        ports.clock(),
                        ports.transactions(),
                        ports.audit(),
                        ports.ledger(),
                        ports.messenger(),
                        new RecordingSmsGateway(),
                        gateway,
                        notifications,
                        smsLog),
                new com.voicepact.application.escrow.service.SettleStalePayoutsService(
                        ports.payments(), ports.clock(), gateway, notifications, settings));
    }

    // ---- steps ----

    /**
     * The whole check: each step of {@code history}, the invariants after every one, then the world goes
     * quiet and must be settled. Throws {@link AssertionError} naming the broken invariant.
     */
    public EscrowModel play(List<Step> history) {
        for (Step step : history) {
            apply(step);
            checkInvariants();
        }
        goQuiet();
        checkSettled();
        return this;
    }

    /** Runs one step; one the rules refuse, the provider being down, or the process dying mid-step is not a failure. */
    public void apply(Step step) {
        quietly(() -> run(step));
    }

    private void run(Step step) {
        int i = step.index();
        switch (step.kind()) {
            case CHECKOUT_OWED -> checkout(owed());
            case CHECKOUT_PART -> checkout(Money.of(BigDecimal.valueOf(1000L + 500L * (i % 8)), CurrencyCode.KES));
            case CHECKOUT_TOTAL -> checkout(total);
            case PAYER_APPROVES ->
                checkoutAt(i).ifPresent(t -> notify(gateway.complete(t.providerTransactionId(), "Success"), "Success"));
            case PAYER_DECLINES ->
                checkoutAt(i)
                        .filter(t -> !"Success".equals(t.status()))
                        .ifPresent(t -> notify(gateway.complete(t.providerTransactionId(), "Failed"), "Failed"));
            case REPLAY_LAST -> {
                if (last != null) {
                    services.notifications().settle(last);
                }
            }
            case WRONG_AMOUNT ->
                checkoutAt(i)
                        .ifPresent(t -> services.notifications()
                                .settle(Callbacks.success(
                                        t.providerTransactionId(),
                                        MoneyMovement.COLLECTION,
                                        CurrencyCode.KES,
                                        t.value().amount().add(BigDecimal.ONE),
                                        null,
                                        null)));
            case CONTRADICTING_FAILURE ->
                checkoutAt(i)
                        .filter(t -> "Success".equals(t.status()))
                        .ifPresent(t -> services.notifications()
                                .settle(Callbacks.failure(
                                        t.providerTransactionId(),
                                        MoneyMovement.COLLECTION,
                                        null,
                                        null,
                                        "contradicting",
                                        null)));
            case CHECKOUT_LOST_AND_EXPIRED -> loseAndExpire(i);
            case DELIVERED ->
                services.delivery()
                        .reportDelivery(new DeliveryCommand(contract, SELLER, null, Channel.USSD, Actor.party(SELLER)));
            case ACCEPTED ->
                services.delivery()
                        .acceptDelivery(new DeliveryCommand(contract, BUYER, null, Channel.SMS, Actor.party(BUYER)));
            case DISPUTED ->
                services.disputes().raiseDispute(new DisputeCommand(contract, BUYER, "goods wet", Actor.party(BUYER)));
            case RESOLVED_RELEASE -> resolve(DisputeResolution.RELEASE_TO_SELLER, null);
            case RESOLVED_REFUND -> resolve(DisputeResolution.REFUND_BUYER, null);
            case RESOLVED_SPLIT -> resolve(DisputeResolution.SPLIT, SHARES[i % SHARES.length]);
            case DISPATCH -> services.dispatcher().dispatchDue();
            case PAYOUT_PAID ->
                payoutAt(i).ifPresent(t -> notify(gateway.complete(t.providerTransactionId(), "Success"), "Success"));
            case PAYOUT_FAILED ->
                payoutAt(i).ifPresent(t -> notify(gateway.complete(t.providerTransactionId(), "Failed"), "Failed"));
            case NEXT_CALL_TIMES_OUT -> gateway.timeOutNextCall();
            case CRASH_AFTER_NEXT_PAYOUT -> gateway.crashAfterNextPayout();
            case CHECKOUT_ANSWER_LOST -> gateway.loseNextCheckoutAnswer(); // the provider got it; we never learn its id
            case RESTART -> {
                services = build();
                clock.advance(Duration.ofSeconds(61)); // leases of the dead process run out
            }
            case ESCROW_TIMEOUT -> {
                clock.advance(Duration.ofDays(8));
                services.overdueEscrows().escalateOverdueEscrows();
            }
            case OPERATOR_RELEASE ->
                paymentAt(i)
                        .ifPresent(
                                p -> services.release().release(new ReleaseEscrowCommand(contract, p.id(), OPERATOR)));
            case OPERATOR_REFUND ->
                paymentAt(i)
                        .ifPresent(p -> services.release()
                                .refund(new RefundEscrowCommand(p.id(), "operator refund", OPERATOR)));
            case RETRY_JOB -> {
                clock.advance(Duration.ofMinutes(6));
                services.checkoutRetries().retryFailedCheckouts();
            }
            case CLOCK -> clock.advance(Duration.ofSeconds(30L * (1 + i % 20)));
            case PAYOUT_PAID_NOTIFICATION_LOST ->
                payoutAt(i)
                        .ifPresent(t -> gateway.complete(t.providerTransactionId(), i % 4 == 0 ? "Failed" : "Success"));
            case STALE_PAYOUT_JOB -> {
                clock.advance(Duration.ofMinutes(31));
                services.stalePayouts().settleStalePayouts();
            }
        }
    }

    private void checkout(Money amount) {
        services.checkout().checkout(new CheckoutCommand(contract, BUYER, amount, "escrow", Map.of(), null, OPERATOR));
    }

    private Money owed() {
        Money committed = Money.zero(CurrencyCode.KES);
        for (EscrowPayment p : payments()) {
            if (p.status() == PaymentStatus.PENDING || p.status() == PaymentStatus.LOCKED) {
                committed = committed.plus(p.amount());
            }
        }
        return committed.compareTo(total) >= 0 ? Money.of("100", CurrencyCode.KES) : total.minus(committed);
    }

    private void resolve(DisputeResolution how, BigDecimal share) {
        services.disputes().resolveDispute(new ResolveDisputeCommand(contract, how, share, OPERATOR));
    }

    /** The provider forgets a checkout (its query finds nothing), so our job expires it; it may come back as paid later. */
    private void loseAndExpire(int i) {
        checkoutAt(i)
                .filter(t -> "Pending".equals(t.status()))
                .ifPresent(t -> lostAtProvider.add(gateway.forget(t.providerTransactionId())));
        clock.advance(Duration.ofMinutes(6));
        services.staleCheckouts().settleStaleCheckouts();
        if (!lostAtProvider.isEmpty() && i % 2 == 0) {
            gateway.remember(lostAtProvider.remove(0), "Pending"); // the payer approves it after all, later
        }
    }

    private void notify(ProviderTransaction t, String status) {
        boolean payout = t.clientReference().contains("-P");
        MoneyMovement movement = payout ? MoneyMovement.PAYOUT : MoneyMovement.COLLECTION;
        String ours = payout ? t.clientReference() : ourTransactionId(t);
        last = "Success".equals(status)
                ? Callbacks.success(
                        t.providerTransactionId(),
                        movement,
                        t.value().currency(),
                        t.value().amount(),
                        null,
                        ours)
                : Callbacks.failure(t.providerTransactionId(), movement, null, null, status, ours);
        services.notifications().settle(last);
    }

    /** A checkout's notification echoes the metadata we sent, our transaction id among it (as AT's does). */
    private String ourTransactionId(ProviderTransaction checkout) {
        return gateway.checkouts().stream()
                .filter(r -> r.reference().equals(checkout.clientReference()))
                .map(r -> r.metadata().get("transaction_id"))
                .findFirst()
                .orElse(null);
    }

    private java.util.Optional<ProviderTransaction> checkoutAt(int i) {
        List<ProviderTransaction> checkouts = providerTransactions().stream()
                .filter(t -> !t.clientReference().contains("-P"))
                .filter(t -> !"Success".equals(t.status()) || i % 3 == 0)
                .toList();
        return checkouts.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(checkouts.get(i % checkouts.size()));
    }

    private java.util.Optional<ProviderTransaction> payoutAt(int i) {
        List<ProviderTransaction> open = providerTransactions().stream()
                .filter(t -> t.clientReference().contains("-P") && "Pending".equals(t.status()))
                .toList();
        return open.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(open.get(i % open.size()));
    }

    private java.util.Optional<EscrowPayment> paymentAt(int i) {
        List<EscrowPayment> all = payments();
        return all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(i % all.size()));
    }

    // ---- the world goes quiet ----

    /**
     * Everything still in motion finishes: the contract is driven to its end (what is owed is paid,
     * delivery accepted, an open dispute released), every payout handed over is paid, payouts that failed
     * are released or refunded again by the operator, as a person would; checkouts still pending are declined.
     */
    public void goQuiet() {
        for (int round = 0; round < 12; round++) {
            clock.advance(Duration.ofMinutes(2));
            quietly(() -> services.staleCheckouts().settleStaleCheckouts());
            driveContractToItsEnd();
            quietly(() -> services.dispatcher().dispatchDue());
            providerTransactions().stream()
                    .filter(t -> t.clientReference().contains("-P") && "Pending".equals(t.status()))
                    .forEach(t ->
                            quietly(() -> notify(gateway.complete(t.providerTransactionId(), "Success"), "Success")));
            clock.advance(Duration.ofMinutes(61)); // past any lease, backoff and the payout settle window
            quietly(() -> services.stalePayouts().settleStalePayouts()); // payouts whose notification was lost
        }
        providerTransactions().stream()
                .filter(t -> !t.clientReference().contains("-P") && "Pending".equals(t.status()))
                .forEach(t -> quietly(() -> notify(gateway.complete(t.providerTransactionId(), "Failed"), "Failed")));
    }

    private void quietly(Runnable work) {
        try {
            work.run();
        } catch (DomainException
                | CheckoutRefusedException
                | ReleaseNotAllowedException
                | PaymentProviderUnavailableException
                | GatewayException
                | InMemoryPaymentGateway.SimulatedCrash refusedOrCrashed) {
            // as in apply: refused, provider down, or a crash; the next round tries again
        }
    }

    private void driveContractToItsEnd() {
        Contract c = contract();
        switch (c.status()) {
            case CONFIRMED -> { // the buyer pays what is still owed, and approves it
                apply(new Step(Kind.CHECKOUT_OWED, 0));
                providerTransactions().stream()
                        .filter(t -> !t.clientReference().contains("-P") && "Pending".equals(t.status()))
                        .forEach(t -> quietly(
                                () -> notify(gateway.complete(t.providerTransactionId(), "Success"), "Success")));
            }
            case ACTIVE -> {
                apply(new Step(Kind.DELIVERED, 0));
                apply(new Step(Kind.ACCEPTED, 0));
            }
            case DISPUTED -> {
                if (c.fulfilment().dispute().map(d -> d.isOpen()).orElse(false)) {
                    apply(new Step(Kind.RESOLVED_RELEASE, 0));
                }
            }
            default -> {}
        }
        List<EscrowPayment> all = payments();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).status() == PaymentStatus.LOCKED
                    && !all.get(i).payouts().isEmpty()) {
                apply(new Step(
                        contract().status() == ContractStatus.CANCELLED ? Kind.OPERATOR_REFUND : Kind.OPERATOR_RELEASE,
                        i));
            }
        }
    }

    // ---- what must always hold ----

    /**
     * After every step: never more out than in, the seller never above the entitlement (nothing once the
     * contract is cancelled), no dispute open while money is on its way to the seller, nothing paid twice,
     * the ledger balances.
     */
    public void checkInvariants() {
        Money in = sum(providerTransactions(), false, null);
        Money out = sum(providerTransactions(), true, null);
        require(out.compareTo(in) <= 0, "paid out " + out + " but only " + in + " came in");
        Money toSeller = sum(providerTransactions(), true, SELLER);
        require(
                toSeller.compareTo(sellerCap()) <= 0,
                "the seller got " + toSeller + ", entitled to at most " + sellerCap());
        Set<String> handedOver = new HashSet<>();
        gateway.payouts()
                .forEach(r -> require(handedOver.add(r.payoutId()), "payout " + r.payoutId() + " handed over twice"));
        for (EscrowPayment p : payments()) {
            Money legs = Money.zero(CurrencyCode.KES);
            for (Payout payout : p.payouts()) {
                legs = payout.state() == PayoutState.FAILED ? legs : legs.plus(payout.amount());
            }
            require(legs.compareTo(p.amount()) <= 0, p.id() + " pays out " + legs + " of " + p.amount());
        }
        Contract c = contract();
        require(
                !c.fulfilment().dispute().map(d -> d.isOpen()).orElse(false)
                        || !com.voicepact.domain.payment.DisputePolicy.startedTowardsTheSeller(c, payments())
                                .isPositive(),
                "a dispute is open (the parties were told the payment is on hold) while money is on its way to the seller");
        var postings = ports.ledger().forContract(contract);
        require(
                Balances.totalOf(postings, LedgerLine.Side.DEBIT, CurrencyCode.KES)
                                .compareTo(Balances.totalOf(postings, LedgerLine.Side.CREDIT, CurrencyCode.KES))
                        == 0,
                "the ledger does not balance");
        require(
                Balances.creditBalance(postings, Account.escrow(contract)).signum() >= 0,
                "escrow is negative in the ledger");
    }

    /**
     * Once quiet: every payment is in exactly one final state, the contract has ended (or was never
     * funded), and when it ended all money that came in went out: the seller's entitlement to the
     * seller, every other shilling back to the payer.
     */
    public void checkSettled() {
        checkInvariants();
        Contract c = contract();
        require(
                c.status() != ContractStatus.ACTIVE && c.status() != ContractStatus.DISPUTED,
                "the contract is still " + c.status() + " with every payment at rest");
        for (EscrowPayment p : payments()) {
            require(
                    p.status() != PaymentStatus.PENDING
                            && p.status() != PaymentStatus.RELEASING
                            && p.status() != PaymentStatus.REFUNDING,
                    p.id() + " is still " + p.status());
            require(
                    !c.status().isFinal() || p.status() != PaymentStatus.LOCKED,
                    p.id() + " is LOCKED on a " + c.status() + " contract");
        }
        if (c.status().isFinal()) {
            Money in = sum(providerTransactions(), false, null);
            Money out = sum(providerTransactions(), true, null);
            require(out.equals(in), "the contract ended with " + in + " in and " + out + " out");
        }
        if (c.status() == ContractStatus.COMPLETED) {
            require(
                    sum(providerTransactions(), true, SELLER).equals(sellerCap()),
                    "a completed contract paid the seller " + sum(providerTransactions(), true, SELLER) + ", not "
                            + sellerCap());
        }
    }

    /** For the test's statistics: how the contract ended. */
    public ContractStatus contractStatus() {
        return contract().status();
    }

    /** For the test's statistics: whether some money went back to the payer as surplus. */
    public boolean surplusRefunded() {
        boolean completed = contract().status() == ContractStatus.COMPLETED;
        return completed
                && payments().stream()
                        .flatMap(p -> p.payouts().stream())
                        .anyMatch(o -> o.kind() == com.voicepact.domain.payment.PayoutKind.REFUND);
    }

    /** What the seller may have in all: nothing on a cancelled or expired contract, the share after a split, else the total. */
    private Money sellerCap() {
        Contract c = contract();
        if (c.status() == ContractStatus.CANCELLED || c.status() == ContractStatus.EXPIRED) {
            return Money.zero(CurrencyCode.KES);
        }
        return c.fulfilment()
                .dispute()
                .filter(d -> d.resolution() == DisputeResolution.SPLIT)
                .map(d -> Money.of(
                        total.amount().multiply(d.sellerShare()).setScale(2, RoundingMode.DOWN), CurrencyCode.KES))
                .orElse(total);
    }

    /** Money the provider moved: checkouts that succeeded (in), or payouts that succeeded or are under way (out). */
    private Money sum(List<ProviderTransaction> transactions, boolean payouts, PhoneNumber recipient) {
        Money sum = Money.zero(CurrencyCode.KES);
        for (ProviderTransaction t : transactions) {
            boolean isPayout = t.clientReference().contains("-P");
            boolean counts = payouts ? !"Failed".equals(t.status()) : "Success".equals(t.status());
            if (isPayout == payouts
                    && counts
                    && (recipient == null || recipientOf(t).equals(recipient))) {
                sum = sum.plus(t.value());
            }
        }
        return sum;
    }

    private PhoneNumber recipientOf(ProviderTransaction payoutTransaction) {
        return gateway.payouts().stream()
                .filter(r -> r.payoutId().equals(payoutTransaction.clientReference()))
                .findFirst()
                .orElseThrow()
                .recipient();
    }

    private List<ProviderTransaction> providerTransactions() {
        return gateway.allTransactions();
    }

    private List<EscrowPayment> payments() {
        return ports.payments().findByContract(contract);
    }

    private Contract contract() {
        return ports.contracts().findById(contract).orElseThrow();
    }

    private static void require(boolean holds, String violation) {
        if (!holds) {
            throw new AssertionError(violation);
        }
    }
}
