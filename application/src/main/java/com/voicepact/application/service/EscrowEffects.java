package com.voicepact.application.service;

import com.voicepact.application.port.out.OutboxMessage;
import com.voicepact.application.port.out.SmsType;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.ledger.Posting;
import com.voicepact.domain.ledger.Postings;
import com.voicepact.domain.messaging.SmsTemplates;
import com.voicepact.domain.payment.event.EscrowEvent;
import com.voicepact.domain.payment.event.Handover;
import com.voicepact.domain.payment.event.PaymentFailed;
import com.voicepact.domain.payment.event.PaymentLocked;
import com.voicepact.domain.payment.event.PayoutConfirmed;
import com.voicepact.domain.payment.event.PayoutFailed;
import com.voicepact.domain.payment.event.PayoutHandedOver;
import com.voicepact.domain.payment.event.PayoutsStarted;
import com.voicepact.domain.payment.event.Settlement;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.TransactionId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one table from an escrow event to its side effects: the ledger postings, the outbox messages
 * (payouts to hand over, SMS to send) and the audit entry. {@link SideEffects} writes them; this class
 * only decides them, so the table is tested as a table ({@code EscrowEffectsTest}).
 */
final class EscrowEffects {

    private EscrowEffects() {
    }

    /** An SMS to queue under {@code <type>:<event>} in the recipient's language. */
    record Notice(SmsType type, String event, PhoneNumber to, ContractId contract, Function<SmsTemplates, String> text) {
    }

    /** The audit entry of an event, less its actor (who caused it) and time (the clock's). */
    record Audit(AuditAction action, String subject, String from, String to, String details) {
    }

    /** Everything one event causes, in the order it is written: postings, payout messages, SMS, then the audit entry. */
    record Effects(List<Posting> postings, List<OutboxMessage> outbox, List<Notice> sms, Audit audit) {
        Effects {
            postings = List.copyOf(postings);
            outbox = List.copyOf(outbox);
            sms = List.copyOf(sms);
        }
    }

    static Effects of(EscrowEvent event) {
        if (event instanceof PaymentLocked e) {
            return new Effects(List.of(Postings.lock(e.contract(), e.payment(), e.amount(), e.at())), List.of(), List.of(),
                    audit(e, AuditAction.PAYMENT_LOCKED, "provider_transaction_id=" + e.providerReference() + " amount=" + e.amount()));
        }
        if (event instanceof PaymentFailed e) {
            Notice told = paymentFailed(e.payment(), e.contract(), e.payer(), e.amount(), e.reasonKey());
            return new Effects(List.of(), List.of(), List.of(told), audit(e, AuditAction.PAYMENT_FAILED, e.description()));
        }
        if (event instanceof PayoutsStarted e) {
            return payoutsStarted(e);
        }
        if (event instanceof PayoutConfirmed e) {
            List<Posting> postings = new ArrayList<>();
            postings.add(Postings.payoutConfirmed(e.contract(), e.payment(), e.payout(), e.at()));
            if (e.fee() != null) {
                postings.add(Postings.fee(e.contract(), e.payment(), e.payout(), e.fee(), e.at()));
            }
            return new Effects(postings, List.of(), List.of(),
                    audit(e, AuditAction.PAYOUT_CONFIRMED, "payout=" + e.payout().id() + " " + e.note()));
        }
        if (event instanceof PayoutHandedOver e) {
            return new Effects(List.of(), List.of(), List.of(), audit(e, actionOf(e.step()), handoverDetails(e)));
        }
        PayoutFailed e = (PayoutFailed) event;
        return new Effects(List.of(Postings.payoutReversed(e.contract(), e.payment(), e.payout(), e.at())), List.of(), List.of(),
                audit(e, AuditAction.PAYOUT_FAILED, "payout=" + e.payout().id() + " " + e.reason()));
    }

    /** The payer of a checkout that ended without the money is told what it was for and why ({@code reasonKey}: catalog key). */
    static Notice paymentFailed(TransactionId payment, ContractId contract, PhoneNumber payer, Money amount, String reasonKey) {
        return new Notice(SmsType.PAYMENT_FAILED, payment.value(), payer, contract, t -> t.paymentFailed(contract, amount, reasonKey));
    }

    private static Effects payoutsStarted(PayoutsStarted e) {
        List<Posting> postings = new ArrayList<>();
        List<OutboxMessage> outbox = new ArrayList<>();
        for (Payout payout : e.payouts()) {
            postings.add(Postings.payoutStarted(e.contract(), e.payment(), payout, e.at()));
            outbox.add(OutboxMessage.payout(payout.id(), e.payment().value(), e.at()));
        }
        String details = "payouts=" + e.payouts().stream().map(p -> p.id() + ":" + p.amount() + "->" + p.recipient().e164()).toList();
        return new Effects(postings, outbox, List.of(), audit(e, actionOf(e.settlement()), details));
    }

    static AuditAction actionOf(Handover step) {
        return switch (step) {
            case SENDING -> AuditAction.PAYOUT_SENDING;
            case ACCEPTED -> AuditAction.PAYOUT_ACCEPTED;
            case NOT_RECEIVED -> AuditAction.PAYOUT_NOT_RECEIVED;
        };
    }

    private static String handoverDetails(PayoutHandedOver e) {
        String payout = "payout " + e.payout().id();
        return switch (e.step()) {
            case SENDING -> payout + " attempt " + e.payout().attempts();
            case ACCEPTED -> payout + " provider_transaction_id=" + e.providerId();
            case NOT_RECEIVED -> payout + " unknown to the provider: it may be sent again";
        };
    }

    /** The audit action of each kind of settlement (the words of the first release). */
    static AuditAction actionOf(Settlement settlement) {
        return switch (settlement) {
            case RELEASE -> AuditAction.ESCROW_RELEASE_STARTED;
            case SPLIT -> AuditAction.ESCROW_SPLIT_STARTED;
            case REFUND -> AuditAction.ESCROW_REFUND_STARTED;
            case SURPLUS_REFUND -> AuditAction.SURPLUS_REFUND_STARTED;
        };
    }

    private static Audit audit(EscrowEvent e, AuditAction action, String details) {
        return new Audit(action, e.payment().value(), e.from().name(), e.to().name(), details);
    }
}
