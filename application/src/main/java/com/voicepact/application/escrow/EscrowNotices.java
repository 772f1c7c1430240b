package com.voicepact.application.escrow;

import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.phone.port.out.SmsType;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.messaging.SmsTemplates;
import com.voicepact.domain.payment.ContractEscrow;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PayoutKind;
import java.util.function.Function;

/**
 * The SMS the escrow services send besides an event's own (see {@link EscrowEffects}): each one queued
 * once, under its type and event key, in the recipient's language, in the caller's transaction.
 */
public final class EscrowNotices {

    private final SideEffects effects;

    public EscrowNotices(SideEffects effects) {
        this.effects = effects;
    }

    /** The payer of a locked payment that does not yet fund the contract is told what is held and what is still owed. */
    void paymentReceived(ContractEscrow escrow, EscrowPayment locked) {
        ContractId id = escrow.contract().id();
        Money held = escrow.held();
        Money owed = escrow.owed();
        sms(
                SmsType.LOCKED,
                locked.id().value(),
                locked.checkout().payer(),
                t -> t.paymentReceived(id, locked.amount(), held, owed),
                id);
    }

    /**
     * The payer of a payment refunded as surplus is told why: paid after the contract ended ({@code ended}), or beyond its
     * total.
     */
    void surplusReturned(Contract contract, EscrowPayment refunding, boolean ended) {
        sms(
                SmsType.SURPLUS,
                refunding.id().value(),
                refunding.checkout().payer(),
                t -> ended
                        ? t.paidAfterTheEnd(contract.id(), refunding.amount(), contract.status())
                        : t.surplusReturned(
                                contract.id(),
                                refunding.amount(),
                                contract.agreement().terms().total()),
                contract.id());
    }

    /** The seller is told the total released and each payer the total refunded to them (one SMS per new total). */
    void totals(ContractEscrow escrow) {
        ContractId id = escrow.contract().id();
        ContractEscrow.PaidOut released = escrow.paidOut(PayoutKind.RELEASE, null);
        if (released.total().isPositive()) {
            PhoneNumber seller = escrow.contract().agreement().seller().phone();
            sms(
                    SmsType.RELEASED,
                    id + ":" + released.total().amount().toPlainString(),
                    seller,
                    t -> t.paymentReleased(id, released.total(), seller, released.providerIds()),
                    id);
        }
        escrow.payers().forEach(payer -> {
            ContractEscrow.PaidOut refunded = escrow.paidOut(PayoutKind.REFUND, payer);
            if (refunded.total().isPositive()) {
                sms(
                        SmsType.REFUNDED,
                        id + ":" + refunded.total().amount().toPlainString(),
                        payer,
                        t -> t.paymentRefunded(id, refunded.total(), payer, refunded.providerIds()),
                        id);
            }
        });
    }

    /** Tells every party that a dispute is open and why (once per contract and phone: the event key is the contract's). */
    public void disputeOpened(Contract contract, String reason) {
        for (Party party : contract.agreement().parties()) {
            sms(
                    SmsType.DISPUTE,
                    contract.id().value(),
                    party.phone(),
                    t -> t.disputeOpened(contract.id(), reason),
                    contract.id());
        }
    }

    /** A checkout that ended without the money: its payer is told what it was for and why, once, in their language. */
    void checkoutFailed(EscrowPayment failed, FailureReason reason) {
        effects.tell(EscrowEffects.paymentFailed(
                failed.id(),
                failed.contractId(),
                failed.checkout().payer(),
                failed.amount(),
                FailureReasonTexts.catalogKey(reason)));
    }

    /** Queues an SMS of {@code type} about {@code event} (a contract or payment id, with a total where one is told per total). */
    public void sms(
            SmsType type, String event, PhoneNumber to, Function<SmsTemplates, String> text, ContractId contract) {
        effects.tell(new EscrowEffects.Notice(type, event, to, contract, text));
    }
}
