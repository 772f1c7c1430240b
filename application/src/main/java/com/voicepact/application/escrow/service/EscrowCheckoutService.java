package com.voicepact.application.escrow.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.escrow.CheckoutIdempotency;
import com.voicepact.application.escrow.EscrowMoves;
import com.voicepact.application.escrow.PaymentSettings;
import com.voicepact.application.escrow.ProviderCheckout;
import com.voicepact.application.escrow.port.in.CheckoutCommand;
import com.voicepact.application.escrow.port.in.CheckoutResult;
import com.voicepact.application.escrow.port.in.GetCheckoutLimitsUseCase;
import com.voicepact.application.escrow.port.in.GetCheckoutLimitsUseCase.Limits;
import com.voicepact.application.escrow.port.in.InitiateEscrowCheckoutUseCase;
import com.voicepact.application.escrow.port.in.PaymentNotFoundException;
import com.voicepact.application.escrow.port.in.RetryCheckoutCommand;
import com.voicepact.application.escrow.port.in.RetryCheckoutUseCase;
import com.voicepact.application.escrow.port.out.IdempotencyKeys;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.payment.CheckoutPolicy;
import com.voicepact.domain.payment.ContractEscrow;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentReference;
import com.voicepact.domain.payment.TransactionId;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checkout in three steps, so that no database transaction waits on the provider: record the
 * PENDING payment (and the idempotency key), send the STK push, record the provider's answer.
 */
public final class EscrowCheckoutService
        implements InitiateEscrowCheckoutUseCase, GetCheckoutLimitsUseCase, RetryCheckoutUseCase {

    private final Payments payments;
    private final ClockPort clock;
    private final AuditTrail audit;
    private final EscrowMoves moves;
    private final ConflictRetry retry;
    private final CheckoutIdempotency keys;
    private final ProviderCheckout provider;
    private final PaymentReference references;
    private final PaymentSettings settings;

    public EscrowCheckoutService(
            EscrowMoves moves,
            Payments payments,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            PaymentGatewayPort gateway,
            IdempotencyKeys idempotencyKeys,
            PaymentReference references,
            PaymentSettings settings) {
        this.moves = moves;
        this.payments = payments;
        this.clock = clock;
        this.audit = audit;
        this.retry = new ConflictRetry(transactions);
        this.keys = new CheckoutIdempotency(idempotencyKeys, payments, clock, retry);
        this.provider = new ProviderCheckout(payments, clock, audit, moves, retry, gateway, keys);
        this.references = references;
        this.settings = settings;
    }

    @Override
    public CheckoutResult checkout(CheckoutCommand command) {
        Optional<CheckoutResult> earlier = keys.firstAnswer(command);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Recorded recorded;
        try {
            recorded = retry.inTransaction(() -> record(command, 0, null));
        } catch (RuntimeException refused) {
            // The same key's first request may have committed while this one was reading: it saw that
            // checkout's payment but not yet its key, and was refused as over-paying. The first answer stands.
            Optional<CheckoutResult> first = keys.firstAnswer(command);
            if (first.isPresent()) {
                return first.get();
            }
            throw refused;
        }
        if (recorded.replayed()) {
            return keys.firstAnswer(command).orElseThrow();
        }
        return provider.send(recorded.payment(), command.actor(), command.idempotencyKey());
    }

    private record Recorded(EscrowPayment payment, boolean replayed) {}

    /** Sends a new checkout for a FAILED or EXPIRED one (the retry policy decided it is due). */
    @Override
    public CheckoutResult retry(RetryCheckoutCommand command) {
        EscrowPayment failed = payments.findById(command.failedPayment())
                .orElseThrow(() ->
                        new PaymentNotFoundException(command.failedPayment().value()));
        return retryOf(failed);
    }

    private CheckoutResult retryOf(EscrowPayment failed) {
        Map<String, String> metadata = new HashMap<>(failed.checkout().metadata());
        metadata.remove("transaction_id");
        CheckoutCommand command = new CheckoutCommand(
                failed.contractId(),
                failed.checkout().payer(),
                failed.amount(),
                "escrow",
                metadata,
                "retry:" + failed.id(),
                Actor.system("checkout-retry"));
        Recorded recorded =
                retry.inTransaction(() -> record(command, failed.checkout().retryCount() + 1, failed.id()));
        return recorded.replayed()
                ? new CheckoutResult(recorded.payment(), "already retried", true)
                : provider.send(recorded.payment(), command.actor(), command.idempotencyKey());
    }

    private Recorded record(CheckoutCommand command, int retryCount, TransactionId retryOf) {
        Optional<EscrowPayment> earlier = keys.paymentOf(command.idempotencyKey());
        if (earlier.isPresent()) {
            return new Recorded(earlier.get(), true);
        }
        Contract contract = moves.contract(command.contractId());
        List<EscrowPayment> existing = payments.findByContract(contract.id());
        Limits limits = checkoutLimits(command.amount().currency());
        CheckoutPolicy.requireAllowed(
                ContractEscrow.of(contract, existing),
                command.payer(),
                command.amount(),
                limits.smallest(),
                limits.largest());
        TransactionId id = TransactionId.of(contract.id(), existing.size() + 1);
        Map<String, String> metadata = new HashMap<>(command.metadata());
        metadata.put("contract_id", contract.id().value());
        metadata.put(
                "transaction_id",
                id.value()); // echoed in the notification: found even before the provider id is recorded
        String reference = references.of(contract.id(), command.amount(), command.payer(), id);
        EscrowPayment saved = payments.save(EscrowPayment.create(
                id,
                command.payer(),
                contract.agreement().seller().phone(),
                command.amount(),
                reference,
                metadata,
                retryCount,
                retryOf,
                clock.now()));
        keys.remember(command, id);
        audit.change(
                command.actor(),
                AuditAction.CHECKOUT_REQUESTED,
                id.value(),
                "",
                saved.status().name(),
                "amount=" + saved.amount() + " payer="
                        + saved.checkout().payer().e164() + " reference=" + reference);
        return new Recorded(saved, false);
    }

    @Override
    public Limits checkoutLimits(CurrencyCode currency) {
        return new Limits(limit(settings.minAmountMinor(), currency), limit(settings.maxAmountMinor(), currency));
    }

    private static Money limit(long minorUnits, CurrencyCode currency) {
        return Money.of(BigDecimal.valueOf(minorUnits).movePointLeft(currency.minorUnits()), currency);
    }
}
