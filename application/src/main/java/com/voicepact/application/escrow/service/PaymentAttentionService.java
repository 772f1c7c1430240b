package com.voicepact.application.escrow.service;

import com.voicepact.application.audit.port.out.AuditActionLog;
import com.voicepact.application.escrow.AttentionItems;
import com.voicepact.application.escrow.PaymentSettings;
import com.voicepact.application.escrow.port.in.ListPaymentsNeedingAttentionUseCase;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.shared.port.in.PageRequest;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.audit.AuditEntry;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.TransactionId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Derives the payments needing attention from what is recorded: pending checkouts and open payouts past their windows
 * ({@link PaymentSettings#checkoutWindow()}, {@link PaymentSettings#payoutSettleWindow()}, measured on the clock),
 * surplus refunds (audited {@code SURPLUS_REFUND_STARTED}) and flagged provider notifications. Each source is read up
 * to {@link #ATTENTION_READ_LIMIT} rows, so the list (and its total) never reads more than that many of each kind;
 * a backlog that large is an incident that the logs and the jobs already report.
 */
public final class PaymentAttentionService implements ListPaymentsNeedingAttentionUseCase {

    /** The most rows read from each source for one answer. */
    public static final int ATTENTION_READ_LIMIT = 200;

    private final Payments payments;
    private final ProviderEvents events;
    private final AuditActionLog audit;
    private final PaymentSettings settings;
    private final ClockPort clock;

    public PaymentAttentionService(
            Payments payments, ProviderEvents events, AuditActionLog audit, PaymentSettings settings, ClockPort clock) {
        this.payments = payments;
        this.events = events;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Attention attention(PageRequest page) {
        Instant now = clock.now();
        List<Item> items = new ArrayList<>();
        payments.findPendingCreatedBefore(now.minus(settings.checkoutWindow()), ATTENTION_READ_LIMIT)
                .forEach(p -> items.add(AttentionItems.pendingCheckout(p, settings.checkoutWindow())));
        Instant payoutsBefore = now.minus(settings.payoutSettleWindow());
        for (EscrowPayment p : payments.findPayingOut(ATTENTION_READ_LIMIT)) {
            for (Payout payout : p.payouts()) {
                if (payout.isOpen() && !payout.requestedAt().isAfter(payoutsBefore)) {
                    items.add(AttentionItems.openPayout(p, payout, settings.payoutSettleWindow()));
                }
            }
        }
        surplusRefunds(items);
        events.flagged(ATTENTION_READ_LIMIT, 0).forEach(e -> items.add(AttentionItems.flagged(e)));
        items.sort(Comparator.comparing(Item::since).reversed());
        List<Item> shown = items.stream()
                .skip(page.offset())
                .limit(page.limit())
                .map(i -> AttentionItems.withPayment(i, payments))
                .toList();
        return new Attention(shown, page.limit(), page.offset(), items.size());
    }

    /** One item per payment refunded as surplus (a payment refunded twice as surplus is shown at its latest start). */
    private void surplusRefunds(List<Item> items) {
        Set<String> seen = new HashSet<>();
        for (AuditEntry e : audit.withAction(AuditAction.SURPLUS_REFUND_STARTED, ATTENTION_READ_LIMIT)) {
            String subject = e.record().subject();
            if (seen.add(subject)) {
                paymentNamed(subject)
                        .ifPresent(p -> items.add(
                                AttentionItems.surplusRefund(p, e.record().at())));
            }
        }
    }

    private Optional<EscrowPayment> paymentNamed(String subject) {
        try {
            return payments.findById(TransactionId.parse(subject));
        } catch (com.voicepact.domain.InvalidValueException notAPayment) {
            return Optional.empty(); // an entry about something else; the payment's own entries name it
        }
    }
}
