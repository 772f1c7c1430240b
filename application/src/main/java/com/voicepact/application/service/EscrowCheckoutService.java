package com.voicepact.application.service;

import com.voicepact.application.port.in.CheckoutCommand;
import com.voicepact.application.port.in.CheckoutLimitsUseCase;
import com.voicepact.application.port.in.CheckoutLimitsUseCase.Limits;
import com.voicepact.application.port.in.CheckoutRefusedException;
import com.voicepact.application.port.in.CheckoutResult;
import com.voicepact.application.port.in.InitiateEscrowCheckoutUseCase;
import com.voicepact.application.port.in.PaymentProviderUnavailableException;
import com.voicepact.application.port.out.GatewayException;
import com.voicepact.application.port.out.IdempotencyKeys;
import com.voicepact.application.port.out.PaymentGatewayPort;
import com.voicepact.application.port.out.PaymentGatewayPort.GatewayAnswer;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.IllegalTransitionException;
import com.voicepact.domain.contract.PartyNotEntitledException;
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
public final class EscrowCheckoutService implements InitiateEscrowCheckoutUseCase, CheckoutLimitsUseCase {

    private final EscrowPorts ports;
    private final EscrowMoves moves;
    private final ConflictRetry retry;
    private final PaymentGatewayPort gateway;
    private final IdempotencyKeys idempotencyKeys;
    private final PaymentReference references;
    private final PaymentSettings settings;

    public EscrowCheckoutService(EscrowPorts ports, PaymentGatewayPort gateway, IdempotencyKeys idempotencyKeys,
                                 PaymentReference references, PaymentSettings settings) {
        this.ports = ports;
        this.moves = new EscrowMoves(ports);
        this.retry = new ConflictRetry(ports.transactions());
        this.gateway = gateway;
        this.idempotencyKeys = idempotencyKeys;
        this.references = references;
        this.settings = settings;
    }

    @Override
    public CheckoutResult checkout(CheckoutCommand command) {
        Optional<EscrowPayment> earlier = previousAnswer(command.idempotencyKey());
        if (earlier.isPresent()) {
            return new CheckoutResult(earlier.get(), "repeated request: the first checkout is returned", true);
        }
        Recorded recorded;
        try {
            recorded = retry.inTransaction(() -> record(command, 0));
        } catch (RuntimeException refused) {
            // The same key's first request may have committed while this one was reading: it saw that
            // checkout's payment but not yet its key, and was refused as over-paying. The first answer stands.
            Optional<EscrowPayment> first = previousAnswer(command.idempotencyKey());
            if (first.isPresent()) {
                return new CheckoutResult(first.get(), "repeated request: the first checkout is returned", true);
            }
            throw refused;
        }
        if (recorded.replayed()) {
            return new CheckoutResult(recorded.payment(), "repeated request: the first checkout is returned", true);
        }
        return send(recorded.payment(), command.actor());
    }

    private record Recorded(EscrowPayment payment, boolean replayed) { }

    private Optional<EscrowPayment> previousAnswer(String key) {
        return key == null ? Optional.empty() : idempotencyKeys.find(key).flatMap(ports.payments()::findById);
    }

    /** Sends a new checkout for a FAILED or EXPIRED one (the retry policy decided it is due). */
    CheckoutResult retryOf(EscrowPayment failed) {
        Map<String, String> metadata = new HashMap<>(failed.metadata());
        metadata.put("retry_of", failed.id().value());
        metadata.remove("transaction_id");
        CheckoutCommand command = new CheckoutCommand(failed.contractId(), failed.payer(), failed.amount(), "escrow", metadata,
                "retry:" + failed.id(), Actor.system("checkout-retry"));
        Recorded recorded = retry.inTransaction(() -> record(command, failed.retryCount() + 1));
        return recorded.replayed() ? new CheckoutResult(recorded.payment(), "already retried", true)
                : send(recorded.payment(), command.actor());
    }

    private Recorded record(CheckoutCommand command, int retryCount) {
        Optional<EscrowPayment> earlier = previousAnswer(command.idempotencyKey());
        if (earlier.isPresent()) {
            return new Recorded(earlier.get(), true);
        }
        Contract contract = moves.contract(command.contractId());
        List<EscrowPayment> existing = ports.payments().findByContract(contract.id());
        requireCheckoutAllowed(contract, command, existing);
        TransactionId id = TransactionId.of(contract.id(), existing.size() + 1);
        Map<String, String> metadata = new HashMap<>(command.metadata());
        metadata.put("contract_id", contract.id().value());
        metadata.put("transaction_id", id.value()); // echoed in the notification: found even before the provider id is recorded
        String reference = references.of(contract.id(), command.amount(), command.payer(), id);
        EscrowPayment saved = ports.payments().save(EscrowPayment.create(id, command.payer(), contract.seller().phone(),
                command.amount(), reference, metadata, retryCount, ports.clock().now()));
        if (command.idempotencyKey() != null) {
            idempotencyKeys.remember(command.idempotencyKey(), id);
        }
        ports.audit().change(command.actor(), "CHECKOUT_REQUESTED", id.value(), "", saved.status().name(),
                "amount=" + saved.amount() + " payer=" + saved.payer().e164() + " reference=" + reference);
        return new Recorded(saved, false);
    }

    private void requireCheckoutAllowed(Contract contract, CheckoutCommand command, List<EscrowPayment> existing) {
        Money total = contract.terms().total();
        Money committed = EscrowMoves.committed(contract, existing);
        Money owed = committed.compareTo(total) >= 0 ? Money.zero(total.currency()) : total.minus(committed);
        boolean payable = contract.status() == ContractStatus.CONFIRMED
                || (contract.status() == ContractStatus.ACTIVE && owed.isPositive());
        if (!payable) {
            throw new IllegalTransitionException(contract.id(), contract.status(),
                    "checkout needs a confirmed (or an active, under-funded) contract");
        }
        if (!contract.buyer().phone().equals(command.payer())) {
            throw new PartyNotEntitledException(contract.id(), command.payer(), "is not the buyer");
        }
        Money amount = command.amount();
        InvalidValueException.require(amount.hasSameCurrencyAs(contract.terms().total()),
                "amount currency " + amount.currency() + " differs from the contract's " + contract.terms().total().currency());
        Limits limits = checkoutLimits(amount.currency());
        InvalidValueException.require(amount.compareTo(limits.smallest()) >= 0 && amount.compareTo(limits.largest()) <= 0,
                "amount " + amount + " is outside the per-transaction limits " + limits.words());
        InvalidValueException.require(amount.compareTo(owed) <= 0, "amount " + amount + " is above what is still owed (" + owed + ")");
    }

    @Override
    public Limits checkoutLimits(CurrencyCode currency) {
        return new Limits(limit(settings.minAmountMinor(), currency), limit(settings.maxAmountMinor(), currency));
    }

    private static Money limit(long minorUnits, CurrencyCode currency) {
        return Money.of(BigDecimal.valueOf(minorUnits).movePointLeft(currency.minorUnits()), currency);
    }

    private CheckoutResult send(EscrowPayment payment, Actor actor) {
        GatewayAnswer answer;
        try {
            answer = gateway.checkout(new PaymentGatewayPort.CheckoutRequest(payment.payer(), payment.amount(),
                    payment.reference(), payment.metadata()));
        } catch (GatewayException e) {
            if (e.ambiguous()) {
                return new CheckoutResult(payment, "no answer from the provider yet; the payment is checked again shortly", false);
            }
            recordOutcome(payment, actor, null, "payment provider unavailable: " + e.getMessage());
            throw new PaymentProviderUnavailableException("payment provider unavailable: " + e.getMessage(), e);
        }
        if (!answer.accepted()) {
            recordOutcome(payment, actor, null, answer.description());
            throw new CheckoutRefusedException(answer.refusal(), answer.description());
        }
        EscrowPayment accepted = recordOutcome(payment, actor, answer.providerTransactionId(), null);
        return new CheckoutResult(accepted, answer.description(), false);
    }

    private EscrowPayment recordOutcome(EscrowPayment sent, Actor actor, String providerId, String failure) {
        return retry.inTransaction(() -> {
            EscrowPayment payment = ports.payments().findById(sent.id()).orElseThrow();
            if (payment.status() != com.voicepact.domain.payment.PaymentStatus.PENDING) {
                return payment; // the notification arrived before the provider's answer did
            }
            if (providerId != null) {
                payment.checkoutAccepted(providerId);
            } else {
                payment.fail(failure, ports.clock().now());
            }
            EscrowPayment saved = ports.payments().save(payment);
            ports.audit().change(actor, providerId != null ? "CHECKOUT_ACCEPTED" : "CHECKOUT_FAILED", saved.id().value(),
                    "PENDING", saved.status().name(), providerId != null ? "provider_transaction_id=" + providerId : failure);
            return saved;
        });
    }
}
