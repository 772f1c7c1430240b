package com.voicepact.adapter.out.persistence;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.contract.ContractSettings;
import com.voicepact.application.contract.port.in.ContractDecisionCommand;
import com.voicepact.application.contract.port.out.ContractIdPort;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.contract.service.ContractDecisionService;
import com.voicepact.application.contract.service.CreateContractService;
import com.voicepact.application.escrow.PaymentSettings;
import com.voicepact.application.escrow.port.in.CheckoutCommand;
import com.voicepact.application.escrow.port.in.CheckoutResult;
import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.escrow.port.in.DisputeCommand;
import com.voicepact.application.escrow.port.in.ResolveDisputeCommand;
import com.voicepact.application.escrow.port.in.SettlementResult;
import com.voicepact.application.escrow.port.in.SettlementResult.Outcome;
import com.voicepact.application.escrow.port.out.IdempotencyKeys;
import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.escrow.service.DeliveryService;
import com.voicepact.application.escrow.service.DisputeService;
import com.voicepact.application.escrow.service.EscrowCheckoutService;
import com.voicepact.application.escrow.service.SettleMovementService;
import com.voicepact.application.fakes.CreateContractCommands;
import com.voicepact.application.fakes.EscrowPorts;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryPaymentGateway;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.MutableClock;
import com.voicepact.application.fakes.RecordingSmsGateway;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.operations.service.DispatchOutboxService;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.DomainException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.DisputeResolution;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentReference;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.testdata.ContractBuilder;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The escrow races and failures the issue names, on a real PostgreSQL. */
class PostgresEscrowTest {

    private final ApplicationContext context = TestDatabases.postgres();
    private final MutableClock clock = new MutableClock(ContractBuilder.T0);
    private final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway(clock);
    private final RecordingSmsGateway sms = new RecordingSmsGateway();
    private EscrowPorts ports;
    private SettleMovementService notifications;
    private EscrowCheckoutService checkout;
    private DisputeService disputes;
    private DeliveryService delivery;
    private ContractDecisionService decisions;
    private CreateContractService create;
    private AuditChain chain;

    @BeforeEach
    void wireOnPostgres() {
        TestDatabases.truncate(context);
        chain = new AuditChain(InMemoryVoicePact.AUDIT_KEY);
        TransactionPort tx = context.getBean(TransactionPort.class);
        AuditTrail trail = new AuditTrail(context.getBean(AuditLog.class), chain, clock);
        com.voicepact.application.phone.Messenger messenger = new com.voicepact.application.phone.Messenger(
                context.getBean(OutboxMessages.class),
                context.getBean(com.voicepact.application.phone.port.out.LanguagePreferences.class),
                clock,
                com.voicepact.domain.messaging.Language.EN);
        ports = new EscrowPorts(
                context.getBean(Contracts.class),
                context.getBean(Payments.class),
                context.getBean(LedgerPostings.class),
                context.getBean(OutboxMessages.class),
                clock,
                tx,
                trail,
                messenger);
        notifications = new SettleMovementService(
                ports.moves(),
                ports.payments(),
                ports.ledger(),
                ports.clock(),
                ports.transactions(),
                ports.audit(),
                ports.payoutLimits(),
                context.getBean(ProviderEvents.class));
        checkout = new EscrowCheckoutService(
                ports.moves(),
                ports.payments(),
                ports.clock(),
                ports.transactions(),
                ports.audit(),
                gateway,
                context.getBean(IdempotencyKeys.class),
                new PaymentReference(InMemoryVoicePact.AUDIT_KEY),
                PaymentSettings.defaults());
        disputes = new DisputeService(
                ports.moves(),
                ports.contracts(),
                ports.payments(),
                ports.clock(),
                ports.transactions(),
                ports.audit(),
                ports.payoutLimits());
        delivery = new DeliveryService(
                ports.moves(), ports.contracts(), ports.clock(), ports.transactions(), ports.audit());
        decisions = new ContractDecisionService(ports.contracts(), clock, tx, trail, messenger);
        create = new CreateContractService(
                ports.contracts(),
                context.getBean(ContractIdPort.class),
                clock,
                tx,
                trail,
                ContractSettings.defaults(),
                messenger);
    }

    private EscrowPayment lockedPayment() {
        ContractId contract = create.create(CreateContractCommands.smallDeal()).id();
        decisions.confirm(ContractDecisionCommand.fromParty(contract, BUYER, Channel.SMS));
        decisions.confirm(ContractDecisionCommand.fromParty(contract, SELLER, Channel.SMS));
        EscrowPayment payment = checkout.checkout(new CheckoutCommand(
                        contract,
                        BUYER,
                        Money.of("9000", CurrencyCode.KES),
                        "escrow",
                        Map.of(),
                        null,
                        Actor.operator("ops")))
                .payment();
        return payment;
    }

    private static <T> List<T> concurrently(int threads, Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(work));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void givenTenCheckoutsWithTheSameIdempotencyKeyAtOnce_whenHandled_thenAllGetTheFirstAnswerAndOneCheckoutIsSent()
            throws Exception {
        for (int round = 0; round < 40; round++) {
            ContractId contract =
                    create.create(CreateContractCommands.smallDeal()).id();
            decisions.confirm(ContractDecisionCommand.fromParty(contract, BUYER, Channel.SMS));
            decisions.confirm(ContractDecisionCommand.fromParty(contract, SELLER, Channel.SMS));
            int sentBefore = gateway.checkouts().size();
            String key = "same-key-" + round;
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(10);
            CheckoutCommand command = new CheckoutCommand(
                    contract,
                    BUYER,
                    Money.of("9000", CurrencyCode.KES),
                    "escrow",
                    Map.of(),
                    key,
                    Actor.operator("ops"));
            List<String> answers = concurrently(10, () -> {
                start.await();
                try {
                    CheckoutResult result = checkout.checkout(command);
                    return result.payment().id().value() + " " + result.description();
                } catch (com.voicepact.application.escrow.port.in.CheckoutInProgressException running) {
                    return "in progress"; // 409 with Retry-After: the client asks again
                }
            });
            CheckoutResult first = checkout.checkout(command);
            String firstAnswer = first.payment().id().value() + " " + first.description();
            assertThat(first.replayed()).isTrue();
            assertThat(answers)
                    .as("round " + round + ": the first answer, or 'in progress' while it runs")
                    .containsAnyOf(firstAnswer)
                    .allMatch(a -> a.equals(firstAnswer) || a.equals("in progress"));
            assertThat(gateway.checkouts().size() - sentBefore)
                    .as("round " + round)
                    .isEqualTo(1);
        }
    }

    @Test
    void givenTheSameSuccessNotification20TimesAtOnce_whenHandled_thenOneLockOnePostingOneSms() throws Exception {
        EscrowPayment payment = lockedPayment();
        String providerId = payment.lifecycle().providerTransactionId().orElseThrow();
        gateway.complete(providerId, "Success");

        List<SettlementResult> results =
                concurrently(20, () -> notifications.settle(EscrowScenario.success(providerId, payment.amount())));

        assertThat(results).filteredOn(r -> r.outcome() == Outcome.APPLIED).hasSize(1);
        assertThat(results).filteredOn(r -> r.outcome() == Outcome.DUPLICATE).hasSize(19);
        assertThat(ports.payments().findById(payment.id()).orElseThrow().status())
                .isEqualTo(PaymentStatus.LOCKED);
        assertThat(ports.ledger().forContract(payment.contractId())).hasSize(1);
        assertThat(context.getBean(AuditLog.class).forSubject(payment.id().value()))
                .filteredOn(e -> e.record().action().equals("PAYMENT_LOCKED"))
                .hasSize(1);
        DispatchOutboxService dispatcher = new DispatchOutboxService(
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
                context.getBean(com.voicepact.application.phone.port.out.SmsLog.class));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();
        assertThat(sms.sent())
                .filteredOn(s -> s.text().startsWith("VoicePact Escrow Funded"))
                .hasSize(2); // buyer and seller, once each
        assertThat(chain.verify(context.getBean(AuditLog.class).allInOrder()).intact())
                .isTrue();
    }

    @Test
    void givenDisputedContract_whenReleaseAndRefundRaceOnItsPayment_thenExactlyOneWinsAndTheOtherIsRefused()
            throws Exception {
        EscrowPayment pending = lockedPayment();
        gateway.complete(pending.lifecycle().providerTransactionId().orElseThrow(), "Success");
        notifications.settle(EscrowScenario.success(
                pending.lifecycle().providerTransactionId().orElseThrow(), pending.amount()));
        disputes.raiseDispute(new DisputeCommand(pending.contractId(), BUYER, "bags are wet", Actor.party(BUYER)));

        List<String> outcomes = concurrently(2, new Callable<>() {
            private final java.util.concurrent.atomic.AtomicInteger turn =
                    new java.util.concurrent.atomic.AtomicInteger();

            @Override
            public String call() {
                DisputeResolution resolution = turn.getAndIncrement() == 0
                        ? DisputeResolution.RELEASE_TO_SELLER
                        : DisputeResolution.REFUND_BUYER;
                try {
                    disputes.resolveDispute(
                            new ResolveDisputeCommand(pending.contractId(), resolution, null, Actor.operator("ops")));
                    return "won:" + resolution;
                } catch (DomainException refused) {
                    return "refused";
                }
            }
        });

        assertThat(outcomes).filteredOn(o -> o.startsWith("won")).hasSize(1);
        assertThat(outcomes).contains("refused");
        EscrowPayment payment = ports.payments().findById(pending.id()).orElseThrow();
        assertThat(payment.payouts()).hasSize(1);
        boolean released = outcomes.contains("won:RELEASE_TO_SELLER");
        assertThat(payment.status()).isEqualTo(released ? PaymentStatus.RELEASING : PaymentStatus.REFUNDING);
        assertThat(ports.contracts()
                        .findById(pending.contractId())
                        .orElseThrow()
                        .status())
                .isEqualTo(released ? ContractStatus.DISPUTED : ContractStatus.CANCELLED);
        assertThat(ports.ledger().forContract(pending.contractId())).hasSize(2);
    }

    @Test
    void givenDispatcherDiesAfterHandingOverThePayout_whenRestarted_thenResolvedByQueryAndPaidOnce() {
        EscrowPayment pending = lockedPayment();
        gateway.complete(pending.lifecycle().providerTransactionId().orElseThrow(), "Success");
        notifications.settle(EscrowScenario.success(
                pending.lifecycle().providerTransactionId().orElseThrow(), pending.amount()));
        delivery.reportDelivery(
                new DeliveryCommand(pending.contractId(), SELLER, null, Channel.USSD, Actor.party(SELLER)));
        delivery.acceptDelivery(
                new DeliveryCommand(pending.contractId(), BUYER, null, Channel.SMS, Actor.party(BUYER)));
        assertThat(ports.payments().findById(pending.id()).orElseThrow().status())
                .isEqualTo(PaymentStatus.RELEASING);

        gateway.crashAfterNextPayout();
        DispatchOutboxService first = new DispatchOutboxService(
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
                context.getBean(com.voicepact.application.phone.port.out.SmsLog.class));
        assertThatThrownBy(first::dispatchDue).isInstanceOf(InMemoryPaymentGateway.SimulatedCrash.class);
        assertThat(ports.payments()
                        .findById(pending.id())
                        .orElseThrow()
                        .payouts()
                        .get(0)
                        .state()
                        .name())
                .isEqualTo("SENDING");

        clock.advance(Duration.ofMinutes(2)); // the dead dispatcher's lease runs out
        DispatchOutboxService restarted = new DispatchOutboxService(
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
                context.getBean(com.voicepact.application.phone.port.out.SmsLog.class));
        restarted.dispatchDue();
        clock.advance(Duration.ofMinutes(2));
        restarted.dispatchDue();

        assertThat(gateway.payouts()).as("handed to the provider exactly once").hasSize(1);
        EscrowPayment payment = ports.payments().findById(pending.id()).orElseThrow();
        assertThat(payment.payouts().get(0).state().name()).isEqualTo("SENT");
        String providerId = payment.payouts().get(0).providerId();
        gateway.complete(providerId, "Success");
        notifications.settle(EscrowScenario.payoutSuccess(providerId, payment.amount(), null));
        assertThat(ports.payments().findById(pending.id()).orElseThrow().status())
                .isEqualTo(PaymentStatus.RELEASED);
        assertThat(ports.contracts()
                        .findById(pending.contractId())
                        .orElseThrow()
                        .status())
                .isEqualTo(ContractStatus.COMPLETED);
        assertThat(ports.outbox().pending())
                .filteredOn(m -> m.kind().name().equals("PAYOUT"))
                .isEmpty();
    }
}
