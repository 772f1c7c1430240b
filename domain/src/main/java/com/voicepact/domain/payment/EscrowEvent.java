package com.voicepact.domain.payment;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What happened to an escrow, as its operation left it: its contract, and when. A payment's event also
 * names the payment and its status before and after ({@code from}, {@code to}); a contract's event
 * ({@link ContractFunded}, {@link ContractCompleted}) names the contract's. Each event is what the
 * application's one effects table turns into ledger postings, outbox messages and an audit entry; an
 * event is built by its {@code of} factory right after the operation, never written by hand.
 */
public sealed interface EscrowEvent
        permits EscrowEvent.PaymentLocked,
                EscrowEvent.PaymentFailed,
                EscrowEvent.PayoutsStarted,
                EscrowEvent.PayoutHandedOver,
                EscrowEvent.PayoutConfirmed,
                EscrowEvent.PayoutFailed,
                ContractFunded,
                ContractCompleted {

    ContractId contract();

    Instant at();

    /** The collection arrived: {@code amount} is held for the contract, under the provider's {@code providerReference}. */
    record PaymentLocked(
            TransactionId payment,
            ContractId contract,
            Money amount,
            String providerReference,
            PaymentStatus from,
            PaymentStatus to,
            Instant at)
            implements EscrowEvent {
        public PaymentLocked {
            requireCommon(payment, contract, from, to, at);
            Objects.requireNonNull(amount, "amount");
        }

        public static PaymentLocked of(
                EscrowPayment locked, String providerReference, PaymentStatus before, Instant at) {
            return new PaymentLocked(
                    locked.id(), locked.contractId(), locked.amount(), providerReference, before, locked.status(), at);
        }
    }

    /**
     * The collection ended without the money: {@code description} is the provider's word, {@code reasonKey} the catalog key
     * of the text its payer is sent.
     */
    record PaymentFailed(
            TransactionId payment,
            ContractId contract,
            PhoneNumber payer,
            Money amount,
            String description,
            String reasonKey,
            PaymentStatus from,
            PaymentStatus to,
            Instant at)
            implements EscrowEvent {
        public PaymentFailed {
            requireCommon(payment, contract, from, to, at);
            Objects.requireNonNull(payer, "payer");
        }

        public static PaymentFailed of(
                EscrowPayment failed, String description, String reasonKey, PaymentStatus before, Instant at) {
            return new PaymentFailed(
                    failed.id(),
                    failed.contractId(),
                    failed.payer(),
                    failed.amount(),
                    description,
                    reasonKey,
                    before,
                    failed.status(),
                    at);
        }
    }

    /** Why payouts were started: the whole payment to the seller, shared, back to the payer, or back as a surplus. */
    enum Settlement {
        RELEASE,
        SPLIT,
        REFUND,
        SURPLUS_REFUND
    }

    /** Payouts were requested ({@link PayoutState#REQUESTED}): each is earmarked and queued for the gateway. */
    record PayoutsStarted(
            TransactionId payment,
            ContractId contract,
            Settlement settlement,
            List<Payout> payouts,
            PaymentStatus from,
            PaymentStatus to,
            Instant at)
            implements EscrowEvent {
        public PayoutsStarted {
            requireCommon(payment, contract, from, to, at);
            InvalidValueException.require(
                    settlement != null && payouts != null, "a settlement and its payouts are required");
            payouts = List.copyOf(payouts);
        }

        public static PayoutsStarted of(
                EscrowPayment settling, Settlement settlement, List<Payout> payouts, PaymentStatus before, Instant at) {
            return new PayoutsStarted(
                    settling.id(), settling.contractId(), settlement, payouts, before, settling.status(), at);
        }
    }

    /** What the dispatcher learnt while handing a payout over: about to send it, the provider took it, or never had it. */
    enum Handover {
        SENDING,
        ACCEPTED,
        NOT_RECEIVED
    }

    /**
     * A step of handing {@code payout} (as the step left it: its attempts counted) to the provider; {@code providerId} is the
     * provider's id once it took it, else null.
     */
    record PayoutHandedOver(
            TransactionId payment,
            ContractId contract,
            Handover step,
            Payout payout,
            String providerId,
            PaymentStatus from,
            PaymentStatus to,
            Instant at)
            implements EscrowEvent {
        public PayoutHandedOver {
            requireCommon(payment, contract, from, to, at);
            InvalidValueException.require(step != null && payout != null, "a handover step names its payout");
        }

        /** {@code payment} right after the step; its status does not change on a handover step. */
        public static PayoutHandedOver of(
                EscrowPayment payment, Handover step, String payoutId, String providerId, Instant at) {
            Payout payout =
                    payment.payout(payoutId).orElseThrow(() -> new InvalidValueException("no payout " + payoutId));
            return new PayoutHandedOver(
                    payment.id(),
                    payment.contractId(),
                    step,
                    payout,
                    providerId,
                    payment.status(),
                    payment.status(),
                    at);
        }
    }

    /** The provider paid {@code payout}, charging {@code fee} (null when it named none); {@code note} is its word, if any. */
    record PayoutConfirmed(
            TransactionId payment,
            ContractId contract,
            Payout payout,
            Money fee,
            String note,
            PaymentStatus from,
            PaymentStatus to,
            Instant at)
            implements EscrowEvent {
        public PayoutConfirmed {
            requireCommon(payment, contract, from, to, at);
            Objects.requireNonNull(payout, "payout");
            note = note == null ? "" : note;
        }

        public static PayoutConfirmed of(
                EscrowPayment paid, Payout payout, Money fee, String note, PaymentStatus before, Instant at) {
            return new PayoutConfirmed(paid.id(), paid.contractId(), payout, fee, note, before, paid.status(), at);
        }
    }

    /** The provider failed or refused {@code payout}: its money is back in escrow. */
    record PayoutFailed(
            TransactionId payment,
            ContractId contract,
            Payout payout,
            String reason,
            PaymentStatus from,
            PaymentStatus to,
            Instant at)
            implements EscrowEvent {
        public PayoutFailed {
            requireCommon(payment, contract, from, to, at);
            Objects.requireNonNull(payout, "payout");
            reason = reason == null ? "" : reason;
        }

        public static PayoutFailed of(
                EscrowPayment payment, Payout payout, String reason, PaymentStatus before, Instant at) {
            return new PayoutFailed(payment.id(), payment.contractId(), payout, reason, before, payment.status(), at);
        }
    }

    private static void requireCommon(
            TransactionId payment, ContractId contract, PaymentStatus from, PaymentStatus to, Instant at) {
        InvalidValueException.require(
                payment != null && contract != null && from != null && to != null && at != null,
                "an escrow event names its payment, contract, statuses and time");
    }
}
