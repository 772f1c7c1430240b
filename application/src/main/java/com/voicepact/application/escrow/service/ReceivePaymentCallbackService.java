package com.voicepact.application.escrow.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.escrow.CallbackConfirmationPolicy;
import com.voicepact.application.escrow.CallbackConfirmationPolicy.Apply;
import com.voicepact.application.escrow.CallbackConfirmationPolicy.Contradicted;
import com.voicepact.application.escrow.CallbackConfirmationPolicy.Decision;
import com.voicepact.application.escrow.CallbackFlags;
import com.voicepact.application.escrow.ReportedAmounts;
import com.voicepact.application.escrow.port.in.CallbackReceipt;
import com.voicepact.application.escrow.port.in.CallbackReceipt.Movement;
import com.voicepact.application.escrow.port.in.CallbackReceipt.Verdict;
import com.voicepact.application.escrow.port.in.CallbackRouteNotFoundException;
import com.voicepact.application.escrow.port.in.PaymentProviderUnavailableException;
import com.voicepact.application.escrow.port.in.ReceivePaymentCallbackCommand;
import com.voicepact.application.escrow.port.in.ReceivePaymentCallbackUseCase;
import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettleMovementUseCase;
import com.voicepact.application.escrow.port.in.SettlementResult;
import com.voicepact.application.escrow.port.out.PaymentCallbacksPort;
import com.voicepact.application.escrow.port.out.PaymentCallbacksPort.Reading;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.ProviderEvent;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One path for every provider's payment callbacks: the provider's adapter reads the body ({@link PaymentCallbacksPort}),
 * each report that came by callback is confirmed with the provider ({@link CallbackConfirmationPolicy}) and only then
 * settled ({@link SettleMovementUseCase}); a contradicted or unsolicited one is recorded and flagged
 * ({@link CallbackFlags}) and changes nothing.
 *
 * <p>What the caller answers: every verdict is final for the provider (200, so it stops resending), including
 * {@code AWAITING_CONFIRMATION} (the provider's own later answer, or the payment jobs asking it, settle the movement);
 * a body that is not the callback raises {@link InvalidValueException} (400); a provider that cannot be asked raises
 * {@link PaymentProviderUnavailableException} (503: nothing was recorded, so a resend is handled anew).
 */
public final class ReceivePaymentCallbackService implements ReceivePaymentCallbackUseCase {

    private final List<PaymentCallbacksPort> providers;
    private final CallbackConfirmationPolicy policy;
    private final SettleMovementUseCase settlements;
    private final CallbackFlags flags;
    private final Payments payments;
    private final TransactionPort transactions;
    private final ProviderEvents events;

    public ReceivePaymentCallbackService(
            List<PaymentCallbacksPort> providers,
            CallbackConfirmationPolicy policy,
            SettleMovementUseCase settlements,
            Payments payments,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            ProviderEvents events) {
        this.providers = List.copyOf(providers);
        this.policy = policy;
        this.settlements = settlements;
        this.flags = new CallbackFlags(clock, transactions, audit, events);
        this.payments = payments;
        this.transactions = transactions;
        this.events = events;
    }

    @Override
    public CallbackReceipt receive(ReceivePaymentCallbackCommand command) {
        PaymentCallbacksPort provider = providers.stream()
                .filter(p -> p.reads(command.route()))
                .findFirst()
                .orElseThrow(CallbackRouteNotFoundException::new);
        Reading reading = provider.read(command.route(), command.contentType(), command.body());
        if (reading instanceof Reading.Unreadable unreadable) {
            throw new InvalidValueException(unreadable.reason());
        }
        if (reading instanceof Reading.Unsolicited u) {
            return new CallbackReceipt(
                    List.of(flags.unsolicited(u.providerReference(), u.claimsSuccess(), u.detail(), u.evidence())));
        }
        return reading instanceof Reading.Settle settle ? settleAll(settle.commands()) : new CallbackReceipt(List.of());
    }

    private CallbackReceipt settleAll(List<SettleMovementCommand> reports) {
        List<Movement> movements = new ArrayList<>();
        for (SettleMovementCommand report : reports) {
            movements.add(settle(report));
        }
        return new CallbackReceipt(movements);
    }

    private Movement settle(SettleMovementCommand report) {
        Optional<Movement> duplicate = alreadySettled(report);
        if (duplicate.isPresent()) {
            return duplicate.get();
        }
        if (forNoPayoutOfOurs(report)) {
            return flags.unsolicited(
                    report.providerReference(),
                    report.succeeded(),
                    "a " + report.movement().name().toLowerCase(java.util.Locale.ROOT) + " result for "
                            + report.ourReference() + " (provider id " + report.providerReference()
                            + "), but no payout of ours has that id: we never sent it",
                    report.evidence());
        }
        Decision decision;
        try {
            decision = policy.decide(report);
        } catch (GatewayException unreachable) {
            throw new PaymentProviderUnavailableException(
                    "the payment provider cannot be asked to confirm this callback now; "
                            + "nothing was recorded, send it again later",
                    unreachable);
        }
        if (decision instanceof Apply apply) {
            return applied(apply.report(), settlements.settle(apply.report()));
        }
        if (decision instanceof Contradicted contradicted) {
            return flags.contradicted(report, contradicted.detail());
        }
        return new Movement(
                report.providerReference(),
                Verdict.AWAITING_CONFIRMATION,
                null,
                ((CallbackConfirmationPolicy.NotYet) decision).detail());
    }

    /**
     * A copy of a report already settled: its event is recorded under the key the settle use case records it under, and
     * not as an unknown transaction (a later copy of that one may still apply, once its payment exists). Answered
     * {@code DUPLICATE} as the settle use case answers it, without asking the provider and without a write transaction:
     * a recorded key is never removed, so the copy could only be a duplicate. A copy whose original is still being
     * settled finds no key and takes the full path, where the key's uniqueness decides.
     */
    private Optional<Movement> alreadySettled(SettleMovementCommand report) {
        return events.findByKey(ReportedAmounts.eventKeyOf(report))
                .filter(seen -> seen.outcome() != ProviderEvent.Outcome.UNKNOWN_TRANSACTION)
                .map(seen -> new Movement(
                        report.providerReference(), Verdict.DUPLICATE, null, "already received " + seen.receivedAt()));
    }

    /**
     * A payout or refund report, by callback, echoing our payout id that no payout has, nor its provider id: we never sent
     * that payout (a payout is stored before its request goes out, so a real result that overtakes the provider's
     * acknowledgement still finds it by our id). Flagged at once: asking the provider about it would only learn that.
     */
    private boolean forNoPayoutOfOurs(SettleMovementCommand report) {
        if (report.source() != SettleMovementCommand.Source.CALLBACK
                || report.ourReference() == null
                || (report.movement() != MoneyMovement.PAYOUT && report.movement() != MoneyMovement.REFUND)) {
            return false;
        }
        return transactions.inTransaction(
                () -> payments.findByPayout(report.ourReference()).isEmpty()
                        && payments.findByPayout(report.providerReference()).isEmpty());
    }

    private static Movement applied(SettleMovementCommand report, SettlementResult result) {
        return new Movement(
                report.providerReference(),
                Verdict.valueOf(result.outcome().name()),
                result.transactionId(),
                result.detail());
    }
}
