package com.voicepact.domain.contract;

/** How an operator settles a dispute: all to the seller, all back to the buyer, or a split. */
public enum DisputeResolution {
    RELEASE_TO_SELLER,
    REFUND_BUYER,
    SPLIT
}
