package com.voicepact.application.service;

import com.voicepact.application.port.in.HandlePaymentNotificationUseCase;
import com.voicepact.application.port.in.PaymentNotification;
import com.voicepact.application.port.in.SettleStalePayoutsUseCase;
import com.voicepact.application.port.out.GatewayException;
import com.voicepact.application.port.out.PaymentGatewayPort;
import com.voicepact.application.port.out.PaymentGatewayPort.ProviderTransaction;
import com.voicepact.application.port.out.ProviderEvent.Outcome;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutState;
import java.time.Instant;
import java.util.Optional;

/**
 * Settles payouts stuck in SENT: the provider accepted them, its notification was lost. The provider's
 * answer goes through {@link HandlePaymentNotificationUseCase}, so the rules, the ledger postings, the
 * SMS and the once-only key are those of a notification that arrived.
 */
public final class StalePayoutService implements SettleStalePayoutsUseCase {

    private static final int BATCH = 100;
    private final EscrowPorts ports;
    private final PaymentGatewayPort gateway;
    private final HandlePaymentNotificationUseCase notifications;
    private final PaymentSettings settings;

    public StalePayoutService(EscrowPorts ports, PaymentGatewayPort gateway, HandlePaymentNotificationUseCase notifications,
                              PaymentSettings settings) {
        this.ports = ports;
        this.gateway = gateway;
        this.notifications = notifications;
        this.settings = settings;
    }

    @Override
    public int settleStalePayouts() {
        Instant cutoff = ports.clock().now().minus(settings.payoutSettleWindow());
        int settled = 0;
        for (EscrowPayment payment : ports.payments().findPayingOut(BATCH)) {
            for (Payout payout : payment.payouts()) {
                if (payout.state() == PayoutState.SENT && !payout.requestedAt().isAfter(cutoff)) {
                    settled += settle(payout) ? 1 : 0;
                }
            }
        }
        return settled;
    }

    private boolean settle(Payout payout) {
        Optional<ProviderTransaction> known;
        try {
            known = payout.providerId() == null ? Optional.empty() : gateway.findTransaction(payout.providerId());
            known = known.isPresent() ? known : gateway.findPayout(payout.id());
        } catch (GatewayException providerDown) {
            return false; // asked again at the next run
        }
        if (known.isEmpty() || "Pending".equalsIgnoreCase(known.get().status())) {
            return false; // still under way, or unknown: reconciliation reports the latter
        }
        ProviderTransaction t = known.get();
        boolean paid = "Success".equalsIgnoreCase(t.status());
        PaymentNotification answer = new PaymentNotification(t.providerTransactionId(), "MobileB2C", paid ? "Success" : "Failed",
                paid ? payout.amount().currency() : null, paid ? payout.amount().amount() : null, null,
                "settled by payout query", payout.id(), "payout query");
        return notifications.handle(answer).outcome() == Outcome.APPLIED;
    }
}
