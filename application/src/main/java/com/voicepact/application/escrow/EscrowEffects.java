package com.voicepact.application.escrow;

import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.phone.port.out.SmsType;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.ledger.Posting;
import com.voicepact.domain.ledger.Postings;
import com.voicepact.domain.messaging.SmsTemplates;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.TransactionId;
import com.voicepact.domain.payment.event.ContractCompleted;
import com.voicepact.domain.payment.event.ContractFunded;
import com.voicepact.domain.payment.event.EscrowEvent;
import com.voicepact.domain.payment.event.PaymentFailed;
import com.voicepact.domain.payment.event.PaymentLocked;
import com.voicepact.domain.payment.event.PayoutConfirmed;
import com.voicepact.domain.payment.event.PayoutFailed;
import com.voicepact.domain.payment.event.PayoutHandedOver;
import com.voicepact.domain.payment.event.PayoutsStarted;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one table from an escrow event to its side effects: the ledger postings, the outbox messages
 * (payouts to hand over, SMS to send) and the audit entry. {@link SideEffects} writes them; this class
 * only decides them, so the table is tested as a table ({@code EscrowEffectsTest}).
 */
public final class EscrowEffects {

    private EscrowEffects() {}

    /** An SMS to queue under {@code <type>:<event>} in the recipient's language. */
    record Notice(
            SmsType type, String event, PhoneNumber to, ContractId contract, Function<SmsTemplates, String> text) {}

    /** The audit entry of an event, less its actor (who caused it) and time (the clock's). */
    record Audit(AuditAction action, String subject, String from, String to, String details) {}

    /** Everything one event causes, in the order it is written: postings, payout messages, SMS, then the audit entry. */
    record Effects(List<Posting> postings, List<OutboxMessage> outbox, List<Notice> sms, Audit audit) {
        Effects {
            postings = List.copyOf(postings);
            outbox = List.copyOf(outbox);
            sms = List.copyOf(sms);
        }
    }

    public static Effects of(EscrowEvent event) {
        if (event instanceof ContractFunded e) {
            return contractFunded(e);
        }
        if (event instanceof ContractCompleted e) {
            String to = ContractStatus.COMPLETED.name();
            return audited(new Audit(
                    AuditAction.CONTRACT_COMPLETED,
                    e.contract().value(),
                    e.from().name(),
                    to,
                    "all payouts confirmed"));
        }
        if (event instanceof PaymentLocked e) {
            String details = "provider_transaction_id=" + e.providerReference() + " amount=" + e.amount();
            Audit audit = audit(e.payment(), e.from(), e.to(), AuditAction.PAYMENT_LOCKED, details);
            return new Effects(
                    List.of(Postings.lock(e.contract(), e.payment(), e.amount(), e.at())), List.of(), List.of(), audit);
        }
        if (event instanceof PaymentFailed e) {
            Notice told = paymentFailed(e.payment(), e.contract(), e.payer(), e.amount(), e.reasonKey());
            Audit audit = audit(e.payment(), e.from(), e.to(), AuditAction.PAYMENT_FAILED, e.description());
            return new Effects(List.of(), List.of(), List.of(told), audit);
        }
        if (event instanceof PayoutsStarted e) {
            return payoutsStarted(e);
        }
        if (event instanceof PayoutConfirmed e) {
            return payoutConfirmed(e);
        }
        if (event instanceof PayoutHandedOver e) {
            return audited(audit(
                    e.payment(),
                    e.from(),
                    e.to(),
                    PayoutAuditTexts.actionOf(e.step()),
                    PayoutAuditTexts.handoverDetails(e)));
        }
        PayoutFailed e = (PayoutFailed) event;
        String details = "payout=" + e.payout().id() + " " + e.reason();
        Audit audit = audit(e.payment(), e.from(), e.to(), AuditAction.PAYOUT_FAILED, details);
        return new Effects(
                List.of(Postings.payoutReversed(e.contract(), e.payment(), e.payout(), e.at())),
                List.of(),
                List.of(),
                audit);
    }

    /** Both parties are told, each in their words: the buyer what is held, the seller the total. */
    private static Effects contractFunded(ContractFunded e) {
        ContractId id = e.contract();
        List<Notice> told = List.of(
                new Notice(SmsType.FUNDED, id.value(), e.buyer(), id, t -> t.fundedForBuyer(id, e.held())),
                new Notice(SmsType.FUNDED, id.value(), e.seller(), id, t -> t.fundedForSeller(id, e.total())));
        String from = ContractStatus.CONFIRMED.name();
        String to = ContractStatus.ACTIVE.name();
        return new Effects(
                List.of(),
                List.of(),
                told,
                new Audit(AuditAction.CONTRACT_FUNDED, id.value(), from, to, "escrow holds " + e.held()));
    }

    /** The payer of a checkout that ended without the money is told what it was for and why ({@code reasonKey}: catalog key). */
    public static Notice paymentFailed(
            TransactionId payment, ContractId contract, PhoneNumber payer, Money amount, String reasonKey) {
        return new Notice(
                SmsType.PAYMENT_FAILED,
                payment.value(),
                payer,
                contract,
                t -> t.paymentFailed(contract, amount, reasonKey));
    }

    private static Effects payoutConfirmed(PayoutConfirmed e) {
        List<Posting> postings = new ArrayList<>();
        postings.add(Postings.payoutConfirmed(e.contract(), e.payment(), e.payout(), e.at()));
        if (e.fee() != null) {
            postings.add(Postings.fee(e.contract(), e.payment(), e.payout(), e.fee(), e.at()));
        }
        String details = "payout=" + e.payout().id() + " " + e.note();
        return new Effects(
                postings,
                List.of(),
                List.of(),
                audit(e.payment(), e.from(), e.to(), AuditAction.PAYOUT_CONFIRMED, details));
    }

    private static Effects payoutsStarted(PayoutsStarted e) {
        List<Posting> postings = new ArrayList<>();
        List<OutboxMessage> outbox = new ArrayList<>();
        for (Payout payout : e.payouts()) {
            postings.add(Postings.payoutStarted(e.contract(), e.payment(), payout, e.at()));
            outbox.add(OutboxMessage.payout(payout.id(), e.payment().value(), e.at()));
        }
        String details = "payouts="
                + e.payouts().stream()
                        .map(p ->
                                p.id() + ":" + p.amount() + "->" + p.recipient().e164())
                        .toList();
        AuditAction action = PayoutAuditTexts.actionOf(e.settlement());
        return new Effects(postings, outbox, List.of(), audit(e.payment(), e.from(), e.to(), action, details));
    }

    /** An event that only leaves an audit entry. */
    private static Effects audited(Audit audit) {
        return new Effects(List.of(), List.of(), List.of(), audit);
    }

    /** A payment's event is audited under the payment, with its status before and after. */
    private static Audit audit(
            TransactionId payment, PaymentStatus from, PaymentStatus to, AuditAction action, String details) {
        return new Audit(action, payment.value(), from.name(), to.name(), details);
    }
}
