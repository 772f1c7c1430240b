package com.voicepact.application.escrow.service;

import com.voicepact.application.escrow.PaymentSettings;
import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand.Source;
import com.voicepact.application.escrow.port.in.SettleMovementUseCase;
import com.voicepact.application.escrow.port.in.SettleStalePayoutsUseCase;
import com.voicepact.application.escrow.port.in.SettlementResult;
import com.voicepact.application.escrow.port.out.KnownMovement;
import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.out.ProviderMovement;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutState;
import java.time.Instant;

/**
 * Settles payouts stuck in SENT: the provider accepted them, its callback was lost. The provider's answer
 * goes through {@link SettleMovementUseCase}, so the rules, the ledger postings, the SMS and the once-only
 * key are those of a callback that arrived. A provider that answers lookups by callback settles it then.
 */
public final class SettleStalePayoutsService implements SettleStalePayoutsUseCase {

    private static final int BATCH = 100;
    private final Payments payments;
    private final ClockPort clock;
    private final PaymentGatewayPort gateway;
    private final SettleMovementUseCase settlements;
    private final PaymentSettings settings;

    public SettleStalePayoutsService(
            Payments payments,
            ClockPort clock,
            PaymentGatewayPort gateway,
            SettleMovementUseCase settlements,
            PaymentSettings settings) {
        this.payments = payments;
        this.clock = clock;
        this.gateway = gateway;
        this.settlements = settlements;
        this.settings = settings;
    }

    @Override
    public int settleStalePayouts() {
        Instant cutoff = clock.now().minus(settings.payoutSettleWindow());
        int settled = 0;
        for (EscrowPayment payment : payments.findPayingOut(BATCH)) {
            for (Payout payout : payment.payouts()) {
                if (payout.state() == PayoutState.SENT && !payout.requestedAt().isAfter(cutoff)) {
                    settled += settle(payout) ? 1 : 0;
                }
            }
        }
        return settled;
    }

    private boolean settle(Payout payout) {
        MoneyMovement movement = MoneyMovement.of(payout.kind());
        Lookup lookup;
        try {
            lookup = payout.providerId() == null
                    ? new Lookup.NotFound()
                    : gateway.findByProviderReference(
                            movement, payout.providerId(), new KnownMovement(payout.id(), payout.amount()));
            lookup = lookup instanceof Lookup.NotFound ? gateway.findByOurReference(movement, payout.id()) : lookup;
        } catch (GatewayException providerDown) {
            return false; // asked again at the next run
        }
        if (!(lookup instanceof Lookup.Found found) || !isFinal(found.movement())) {
            return false; // still under way, asked (its callback settles it), or unknown: reconciliation reports the
            // latter
        }
        ProviderMovement known = found.movement();
        SettleMovementCommand answer = SettleMovementCommand.of(
                movement, known.providerReference(), payout.id(), known.outcome(), null, Source.QUERY, "payout query");
        return settlements.settle(answer).outcome() == SettlementResult.Outcome.APPLIED;
    }

    private static boolean isFinal(ProviderMovement movement) {
        return movement.outcome() instanceof MovementOutcome.Succeeded
                || movement.outcome() instanceof MovementOutcome.Failed;
    }
}
