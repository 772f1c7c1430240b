package com.voicepact.application.escrow.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import com.voicepact.application.contract.port.in.ContractDecisionCommand;
import com.voicepact.application.contract.port.in.CreateContractCommand;
import com.voicepact.application.escrow.port.in.CheckoutCommand;
import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.escrow.port.in.DisputeCommand;
import com.voicepact.application.escrow.port.in.ReleaseEscrowCommand;
import com.voicepact.application.escrow.port.in.ResolveDisputeCommand;
import com.voicepact.application.fakes.Callbacks;
import com.voicepact.application.fakes.EscrowPorts;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.operations.service.DispatchOutboxService;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.DisputeResolution;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.contract.Quantity;
import com.voicepact.domain.payment.DisputeRefusedException;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutKind;
import com.voicepact.domain.payment.PayoutLimits;
import com.voicepact.domain.payment.PayoutState;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The finding of issue 11 on M-Pesa's limits (whole shillings, B2C from KES 10): a split is paid in whole shillings (KES
 * 605 at 0.5 is 302 + 303, never 302.50 twice), a resolution leaving the seller a leg below the smallest payout is refused
 * before anything changes, and a payment left stuck by the old rounding (legs of KES 302.50 that failed, contract still
 * DISPUTED) is settled by an operator's release.
 */
class UnpayableResolutionTest {

    private static final PayoutLimits MPESA = new PayoutLimits(kes("10"), kes("250000"), kes("1"));
    /** As before the fix: M-Pesa's minimum and maximum, shares in cents. */
    private static final PayoutLimits IN_CENTS = new PayoutLimits(kes("10"), kes("250000"));

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final Actor operator = Actor.operator("ops");

    private EscrowPorts ports(PayoutLimits limits) {
        return new EscrowPorts(
                app.contracts,
                app.payments,
                app.ledger,
                app.outbox,
                app.clock,
                app.transactions,
                app.auditTrail,
                app.messenger,
                limits);
    }

    private final SettleMovementService settle = new SettleMovementService(
            ports(MPESA).moves(),
            ports(MPESA).payments(),
            ports(MPESA).ledger(),
            ports(MPESA).clock(),
            ports(MPESA).transactions(),
            ports(MPESA).audit(),
            ports(MPESA).payoutLimits(),
            app.providerEvents);
    private final DisputeService disputes = new DisputeService(
            ports(MPESA).moves(),
            ports(MPESA).contracts(),
            ports(MPESA).payments(),
            ports(MPESA).clock(),
            ports(MPESA).transactions(),
            ports(MPESA).audit(),
            ports(MPESA).payoutLimits());
    private final EscrowReleaseService release = new EscrowReleaseService(
            ports(MPESA).moves(),
            ports(MPESA).payments(),
            ports(MPESA).clock(),
            ports(MPESA).transactions(),
            ports(MPESA).payoutLimits());

    private static Money kes(String amount) {
        return Money.of(amount, CurrencyCode.KES);
    }

    @Test
    void givenKes605Disputed_whenSplitAtHalf_thenTheLegsAre302And303() {
        EscrowPayment payment = disputedAndLocked("605");

        disputes.resolveDispute(new ResolveDisputeCommand(
                payment.contractId(), DisputeResolution.SPLIT, new BigDecimal("0.5"), operator));

        assertThat(legs(payment))
                .containsExactly(
                        tuple(PayoutKind.RELEASE, kes("302"), PayoutState.REQUESTED),
                        tuple(PayoutKind.REFUND, kes("303"), PayoutState.REQUESTED));
    }

    @Test
    void givenKes1001Disputed_whenSplitLeavesTheSellerKes5_thenRefusedNamingWhatWorks_andNothingChanges() {
        EscrowPayment payment = disputedAndLocked("1001");
        int auditBefore = app.auditLog.allInOrder().size();

        assertThatThrownBy(() -> disputes.resolveDispute(new ResolveDisputeCommand(
                        payment.contractId(), DisputeResolution.SPLIT, new BigDecimal("0.005"), operator)))
                .isInstanceOf(DisputeRefusedException.class)
                .hasMessageContaining("the seller's share would be KES 5.00, below the smallest payout of KES 10.00")
                .hasMessageContaining("seller_share from 0.009991 to 0.990009");

        Contract contract = app.queries.get(payment.contractId());
        assertThat(contract.status()).isEqualTo(ContractStatus.DISPUTED);
        assertThat(contract.fulfilment().dispute().orElseThrow().isOpen())
                .as("the operator may resolve it again")
                .isTrue();
        assertThat(app.payments.findById(payment.id()).orElseThrow().payouts()).isEmpty();
        assertThat(app.auditLog.allInOrder()).hasSize(auditBefore);
        disputes.resolveDispute(new ResolveDisputeCommand(
                payment.contractId(), DisputeResolution.SPLIT, new BigDecimal("0.01"), operator));
        assertThat(legs(payment))
                .containsExactly(
                        tuple(PayoutKind.RELEASE, kes("10"), PayoutState.REQUESTED),
                        tuple(PayoutKind.REFUND, kes("991"), PayoutState.REQUESTED));
    }

    @Test
    void givenASplitStuckWithFailedLegsOf302_50_whenTheOperatorReleases_thenItIsPaidIn302And303() {
        EscrowPayment payment = disputedAndLocked("605");
        new DisputeService(
                        ports(IN_CENTS).moves(),
                        ports(IN_CENTS).contracts(),
                        ports(IN_CENTS).payments(),
                        ports(IN_CENTS).clock(),
                        ports(IN_CENTS).transactions(),
                        ports(IN_CENTS).audit(),
                        ports(IN_CENTS).payoutLimits())
                .resolveDispute(new ResolveDisputeCommand(
                        payment.contractId(), DisputeResolution.SPLIT, new BigDecimal("0.5"), operator));
        DispatchOutboxService oldDispatcher = new DispatchOutboxService(
                ports(IN_CENTS).payments(),
                ports(IN_CENTS).outbox(),
                ports(IN_CENTS).clock(),
                ports(IN_CENTS).transactions(),
                ports(IN_CENTS).audit(),
                ports(IN_CENTS).ledger(),
                ports(IN_CENTS).messenger(),
                app.sms,
                app.gateway,
                settle,
                app.smsLog);
        oldDispatcher.dispatchDue();
        for (Payout leg : app.payments.findById(payment.id()).orElseThrow().payouts()) {
            assertThat(leg.amount()).isEqualTo(kes("302.50"));
            settle.settle(
                    Callbacks.payoutFailed(leg.providerId(), "M-Pesa moves whole shillings only, not KES 302.50"));
        }
        assertThat(app.payments.findById(payment.id()).orElseThrow().status())
                .as("stuck as the finding saw it")
                .isEqualTo(PaymentStatus.LOCKED);

        release.release(new ReleaseEscrowCommand(payment.contractId(), payment.id(), operator));

        assertThat(legs(payment))
                .containsExactly(
                        tuple(PayoutKind.RELEASE, kes("302.50"), PayoutState.FAILED),
                        tuple(PayoutKind.REFUND, kes("302.50"), PayoutState.FAILED),
                        tuple(PayoutKind.RELEASE, kes("302"), PayoutState.REQUESTED),
                        tuple(PayoutKind.REFUND, kes("303"), PayoutState.REQUESTED));
    }

    @Test
    void givenASplitStuckWithAFailedKes5Leg_whenTheOperatorResolvesAgain_thenAPayableResolutionReplacesIt_andIsPaid() {
        EscrowPayment payment = disputedAndLocked("1001");
        new DisputeService(
                        ports(PayoutLimits.none()).moves(),
                        ports(PayoutLimits.none()).contracts(),
                        ports(PayoutLimits.none()).payments(),
                        ports(PayoutLimits.none()).clock(),
                        ports(PayoutLimits.none()).transactions(),
                        ports(PayoutLimits.none()).audit(),
                        ports(PayoutLimits.none()).payoutLimits())
                .resolveDispute(new ResolveDisputeCommand(
                        payment.contractId(),
                        DisputeResolution.SPLIT,
                        new BigDecimal("0.005"),
                        operator)); // as the old rule let it through
        new DispatchOutboxService(
                        ports(PayoutLimits.none()).payments(),
                        ports(PayoutLimits.none()).outbox(),
                        ports(PayoutLimits.none()).clock(),
                        ports(PayoutLimits.none()).transactions(),
                        ports(PayoutLimits.none()).audit(),
                        ports(PayoutLimits.none()).ledger(),
                        ports(PayoutLimits.none()).messenger(),
                        app.sms,
                        app.gateway,
                        settle,
                        app.smsLog)
                .dispatchDue();
        for (Payout leg : app.payments.findById(payment.id()).orElseThrow().payouts()) {
            settle.settle(
                    Callbacks.payoutFailed(leg.providerId(), "an M-Pesa payout must be KES 10 to 250000, not 5.00"));
        }
        assertThatThrownBy(
                        () -> release.release(new ReleaseEscrowCommand(payment.contractId(), payment.id(), operator)))
                .as("the same KES 5 leg again?")
                .isInstanceOf(com.voicepact.application.escrow.port.in.ReleaseNotAllowedException.class)
                .hasMessageContaining("KES 5.00 is below the smallest payout of KES 10.00): resolve the dispute again");

        disputes.resolveDispute(new ResolveDisputeCommand(
                payment.contractId(), DisputeResolution.SPLIT, new BigDecimal("0.01"), operator));

        assertThat(legs(payment))
                .containsExactly(
                        tuple(PayoutKind.RELEASE, kes("5"), PayoutState.FAILED),
                        tuple(PayoutKind.REFUND, kes("996"), PayoutState.FAILED),
                        tuple(PayoutKind.RELEASE, kes("10"), PayoutState.REQUESTED),
                        tuple(PayoutKind.REFUND, kes("991"), PayoutState.REQUESTED));
        assertThat(app.auditLog.allInOrder()).anyMatch(e -> e.record().action().equals("DISPUTE_RESOLVED_AGAIN"));
        assertThatThrownBy(() -> disputes.resolveDispute(new ResolveDisputeCommand(
                        payment.contractId(), DisputeResolution.SPLIT, new BigDecimal("0.5"), operator)))
                .as("a payable resolution stays")
                .hasMessageContaining("already resolved");
    }

    private List<org.assertj.core.groups.Tuple> legs(EscrowPayment payment) {
        return app.payments.findById(payment.id()).orElseThrow().payouts().stream()
                .map(p -> tuple(p.kind(), p.amount(), p.state()))
                .toList();
    }

    private EscrowPayment disputedAndLocked(String total) {
        CreateContractCommand command = new CreateContractCommand(
                ContractType.AGRICULTURAL_SUPPLY,
                List.of(Party.of(BUYER, PartyRole.BUYER, "Amina"), Party.of(SELLER, PartyRole.SELLER, "John")),
                ContractTerms.of(
                        "Maize", Quantity.of(BigDecimal.ONE, "bags"), kes(total), null, null, null, null, null),
                "1 bag of maize",
                Actor.operator("test-key"));
        ContractId contract = app.create.create(command).id();
        app.decisions.confirm(ContractDecisionCommand.fromParty(contract, BUYER, Channel.SMS));
        app.decisions.confirm(ContractDecisionCommand.fromParty(contract, SELLER, Channel.SMS));
        EscrowPayment payment = app.checkout
                .checkout(new CheckoutCommand(
                        contract, BUYER, kes(total), "escrow", null, null, Actor.operator("test-key")))
                .payment();
        app.gateway.complete(payment.lifecycle().providerTransactionId().orElseThrow(), "Success");
        settle.settle(
                Callbacks.collected(payment.lifecycle().providerTransactionId().orElseThrow(), kes(total)));
        app.delivery.reportDelivery(new DeliveryCommand(contract, SELLER, null, Channel.USSD, Actor.party(SELLER)));
        disputes.raiseDispute(new DisputeCommand(contract, BUYER, "wet maize", Actor.party(BUYER)));
        assertThat(app.payments.findById(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.LOCKED);
        return payment;
    }
}
