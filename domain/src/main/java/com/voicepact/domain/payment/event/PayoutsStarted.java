package com.voicepact.domain.payment.event;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutState;
import com.voicepact.domain.payment.TransactionId;
import java.time.Instant;
import java.util.List;

/** Payouts were requested ({@link PayoutState#REQUESTED}): each is earmarked and queued for the gateway. */
public record PayoutsStarted(
        TransactionId payment,
        ContractId contract,
        Settlement settlement,
        List<Payout> payouts,
        PaymentStatus from,
        PaymentStatus to,
        Instant at)
        implements EscrowEvent {
    public PayoutsStarted {
        EventChecks.requireCommon(payment, contract, from, to, at);
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
