package com.voicepact.application.escrow.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.escrow.EscrowMoves;
import com.voicepact.application.escrow.JobBatch;
import com.voicepact.application.escrow.PaymentSettings;
import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Source;
import com.voicepact.application.escrow.port.in.SettleMovementUseCase;
import com.voicepact.application.escrow.port.in.SettleStaleCheckoutsUseCase;
import com.voicepact.application.escrow.port.out.KnownMovement;
import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.out.ProviderMovement;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * The scheduled settlement of checkouts still PENDING past the checkout window: the provider is asked, and
 * its answer locks, fails or expires them. Safe to run on every node.
 */
public final class SettleStaleCheckoutsService implements SettleStaleCheckoutsUseCase {

    private static final Actor CHECKOUT_JOB = Actor.system("checkout-expiry");
    private static final AuditAction UNRESOLVED = AuditAction.CHECKOUT_UNRESOLVED;
    private static final Logger LOG = Logger.getLogger(SettleStaleCheckoutsService.class.getName());
    private final Payments payments;
    private final ClockPort clock;
    private final AuditTrail audit;
    private final EscrowMoves moves;
    private final ConflictRetry retry;
    private final PaymentGatewayPort gateway;
    private final SettleMovementUseCase settlements;
    private final PaymentSettings settings;

    public SettleStaleCheckoutsService(
            EscrowMoves moves,
            Payments payments,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            PaymentGatewayPort gateway,
            SettleMovementUseCase settlements,
            PaymentSettings settings) {
        this.moves = moves;
        this.payments = payments;
        this.clock = clock;
        this.audit = audit;
        this.retry = new ConflictRetry(transactions);
        this.gateway = gateway;
        this.settlements = settlements;
        this.settings = settings;
    }

    @Override
    public int settleStaleCheckouts() {
        Instant cutoff = clock.now().minus(settings.checkoutWindow());
        int settled = 0;
        for (EscrowPayment payment : payments.findPendingCreatedBefore(cutoff, JobBatch.ROWS)) {
            try {
                settled += settle(payment) ? 1 : 0;
            } catch (GatewayException providerDown) {
                // asked again at the next run; nothing is decided without the provider's word
                if (payment.lifecycle().providerTransactionId().isEmpty()) {
                    unresolved(payment, providerDown);
                }
            }
        }
        return settled;
    }

    /**
     * The provider's answer decides: its success locks, its failure fails, and nothing known expires. A
     * checkout whose answer never reached us has no provider id, so the provider is asked by our own
     * reference: it may hold the buyer's money all the same, and expiring it would make the buyer pay twice.
     * A provider that answers by callback settles it then; nothing is decided here meanwhile.
     */
    private boolean settle(EscrowPayment payment) {
        Lookup lookup = payment.lifecycle().providerTransactionId().isPresent()
                ? gateway.findByProviderReference(
                        MoneyMovement.COLLECTION,
                        payment.lifecycle().providerTransactionId().get(),
                        new KnownMovement(payment.checkout().reference(), payment.amount()))
                : gateway.findByOurReference(
                        MoneyMovement.COLLECTION, payment.checkout().reference());
        if (lookup instanceof Lookup.Found found) {
            ProviderMovement known = found.movement();
            if (!(known.outcome() instanceof MovementOutcome.Succeeded
                    || known.outcome() instanceof MovementOutcome.Failed)) {
                return false; // the buyer may still be typing the PIN
            }
            settlements.settle(new SettleMovementCommand(
                    MoneyMovement.COLLECTION,
                    known.providerReference(),
                    payment.id().value(),
                    new SettleMovementCommand.Report.Typed(known.outcome()),
                    SettleMovementCommand.Written.of(known.amount(), null),
                    Source.QUERY,
                    "status query"));
            return true;
        }
        if (lookup instanceof Lookup.Asked) {
            return false; // its answer comes as a callback
        }
        return retry.inTransaction(() -> {
            EscrowPayment fresh = payments.findById(payment.id()).orElseThrow();
            if (fresh.status() != PaymentStatus.PENDING) {
                return false;
            }
            fresh.expire(clock.now());
            payments.save(fresh);
            audit.change(
                    CHECKOUT_JOB,
                    AuditAction.CHECKOUT_EXPIRED,
                    fresh.id().value(),
                    "PENDING",
                    "EXPIRED",
                    "no confirmation within " + settings.checkoutWindow());
            moves.afterPaymentSettled(fresh.contractId(), CHECKOUT_JOB);
            return true;
        });
    }

    /**
     * A checkout with no provider id the provider cannot be asked about (M-Pesa Daraja cannot be searched by our reference):
     * no run of this job will settle it, so an operator is told, once per payment (audit {@code CHECKOUT_UNRESOLVED}, and a
     * warning in the log); the reconciliation report lists it too.
     */
    private void unresolved(EscrowPayment payment, GatewayException why) {
        String detail = "pending past the checkout window without a provider id; the provider cannot be asked: "
                + why.getMessage();
        boolean first = retry.inTransaction(() -> {
            if (audit.alreadyRecorded(payment.id().value(), UNRESOLVED, detail)) {
                return false;
            }
            audit.change(CHECKOUT_JOB, UNRESOLVED, payment.id().value(), "PENDING", "PENDING", detail);
            return true;
        });
        if (first) {
            LOG.warning(
                    "payment " + payment.id().value() + " (reference "
                            + payment.checkout().reference() + ", " + payment.amount()
                            + ") " + detail
                            + ". Look for it on the provider's statement; it stays pending until its callback or an operator settles it");
        }
    }
}
