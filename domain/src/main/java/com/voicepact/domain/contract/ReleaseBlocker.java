package com.voicepact.domain.contract;

/** Why the escrow of a contract may not be paid to the seller yet: the reason a {@link ReleasePolicy} rejects a release. */
public enum ReleaseBlocker {
    /** The contract is not ACTIVE (funded and not disputed). */
    NOT_ACTIVE,
    /** The seller has not reported the delivery. */
    DELIVERY_NOT_REPORTED,
    /** The buyer has not accepted the delivery. */
    DELIVERY_NOT_ACCEPTED,
    /** A dispute is open and puts the payment on hold. */
    DISPUTE_OPEN;

    /** What is missing, in an operator's words (a 409's list): "the buyer's acceptance". */
    public String missing(Contract contract) {
        return switch (this) {
            case NOT_ACTIVE -> "an ACTIVE contract (it is " + contract.status() + ")";
            case DELIVERY_NOT_REPORTED -> "the seller's delivery report";
            case DELIVERY_NOT_ACCEPTED -> "the buyer's acceptance";
            case DISPUTE_OPEN -> "the resolution of the open dispute";
        };
    }
}
