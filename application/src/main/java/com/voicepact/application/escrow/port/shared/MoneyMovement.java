package com.voicepact.application.escrow.port.shared;

/**
 * Which way a movement of mobile money goes, in no provider's words: {@code COLLECTION} from the payer
 * into escrow (an STK push), {@code PAYOUT} from escrow to the seller, {@code REFUND} from escrow back to
 * the payer as a new payment, {@code REVERSAL} of a collection, which returns it to the payer.
 */
public enum MoneyMovement {
    COLLECTION,
    PAYOUT,
    REFUND,
    REVERSAL;

    /** A payout leg's movement: a leg back to the payer is a refund; any other leg is a payout. */
    public static MoneyMovement of(com.voicepact.domain.payment.PayoutKind leg) {
        return leg == com.voicepact.domain.payment.PayoutKind.REFUND ? REFUND : PAYOUT;
    }
}
