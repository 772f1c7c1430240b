package com.voicepact.domain.audit;

/**
 * What an audit entry records. The entry stores {@link #name()} as its action text, the words of the
 * first release: they are covered by the chain's MACs, so a constant is never renamed, only added.
 */
public enum AuditAction {
    // contract
    CONTRACT_CREATED,
    CONTRACT_CONFIRMED_BY_PARTY,
    CONTRACT_DECLINED_BY_PARTY,
    CONTRACT_EXPIRED,
    CONTRACT_FUNDED,
    CONTRACT_COMPLETED,
    TERMS_AMENDED,
    // delivery and disputes
    DELIVERY_REPORTED,
    DELIVERY_ACCEPTED,
    DISPUTE_RAISED,
    DISPUTE_RESOLVED,
    DISPUTE_RESOLVED_AGAIN,
    // collections (checkouts)
    CHECKOUT_REQUESTED,
    CHECKOUT_ACCEPTED,
    CHECKOUT_FAILED,
    CHECKOUT_EXPIRED,
    CHECKOUT_UNRESOLVED,
    PAYMENT_LOCKED,
    PAYMENT_FAILED,
    PAYMENT_EVENT_FLAGGED,
    // payouts
    ESCROW_RELEASE_STARTED,
    ESCROW_SPLIT_STARTED,
    ESCROW_REFUND_STARTED,
    SURPLUS_REFUND_STARTED,
    PAYOUT_SENDING,
    PAYOUT_ACCEPTED,
    PAYOUT_NOT_RECEIVED,
    PAYOUT_CONFIRMED,
    PAYOUT_FAILED,
    // messages, voice and operations
    SMS_GIVEN_UP,
    SMS_COMMAND_REFUSED,
    VOICE_CALL_STARTED,
    VOICE_CALL_ENDED,
    VOICE_CALL_PROCESSED,
    DRAFT_TERM_SENT,
    RECONCILIATION_MISMATCH,
    CIRCUIT_RESET,
    // operator console
    OPERATOR_SIGNED_IN,
    OPERATOR_SIGN_IN_FAILED,
    OPERATOR_LOCKED_OUT,
    OPERATOR_SIGNED_OUT,
    // audit log
    AUDIT_RECORD_REFUSED;

    /** The action text an entry stores: the constant's name. */
    public String stored() {
        return name();
    }
}
