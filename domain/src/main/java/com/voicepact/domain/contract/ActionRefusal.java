package com.voicepact.domain.contract;

import com.voicepact.domain.DomainException;
import com.voicepact.domain.common.PhoneNumber;

/**
 * Why a party may not take a {@link ContractAction} now: a typed reason, worded (and turned into the exception the API maps)
 * only where it is told. The first group are about who the caller is ({@link PartyNotEntitledException}), the rest about where
 * the contract stands ({@link IllegalTransitionException}).
 */
public enum ActionRefusal {
    NOT_A_PARTY,
    NOT_THE_SELLER,
    NOT_THE_BUYER,
    NEITHER_BUYER_NOR_SELLER,
    NOT_PENDING,
    CONFIRMATION_WINDOW_CLOSED,
    ALREADY_DECIDED,
    DELIVERY_NEEDS_ACTIVE,
    ACCEPTANCE_NEEDS_ACTIVE,
    DELIVERY_ALREADY_ACCEPTED,
    DELIVERY_NOT_REPORTED,
    RELEASE_UNDER_WAY,
    DISPUTE_NEEDS_ACTIVE,
    TERMS_NEED_PENDING;

    /** True when the caller is the problem (not a party, or not in the role), not the contract's state. */
    public boolean isAboutTheCaller() {
        return ordinal() <= NEITHER_BUYER_NOR_SELLER.ordinal();
    }

    /**
     * The refusal as the exception the rules throw, in the product's words.
     *
     * @return a {@link PartyNotEntitledException} or an {@link IllegalTransitionException}
     */
    public DomainException toException(Contract contract, PhoneNumber phone) {
        return isAboutTheCaller()
                ? new PartyNotEntitledException(contract.id(), phone, words(contract, phone))
                : new IllegalTransitionException(contract.id(), contract.status(), words(contract, phone));
    }

    private String words(Contract contract, PhoneNumber phone) {
        return switch (this) {
            case NOT_A_PARTY -> "is not a party";
            case NOT_THE_SELLER -> "is not the seller";
            case NOT_THE_BUYER -> "is not the buyer";
            case NEITHER_BUYER_NOR_SELLER -> "is neither the buyer nor the seller";
            case NOT_PENDING -> "only a pending contract can be confirmed or declined";
            case CONFIRMATION_WINDOW_CLOSED ->
                "the confirmation window closed at " + contract.timeline().expiresAt();
            case ALREADY_DECIDED -> "party " + phone.masked() + " has already decided";
            case DELIVERY_NEEDS_ACTIVE -> "delivery can be reported only on an active contract";
            case ACCEPTANCE_NEEDS_ACTIVE -> "delivery can be accepted only on an active contract";
            case DELIVERY_ALREADY_ACCEPTED -> "the delivery was already accepted";
            case DELIVERY_NOT_REPORTED -> "the seller has not reported delivery yet";
            case RELEASE_UNDER_WAY -> "the buyer accepted the delivery; the payment to the seller is under way";
            case DISPUTE_NEEDS_ACTIVE -> "a dispute can be raised only on an active contract";
            case TERMS_NEED_PENDING -> "the terms can be changed only while the contract waits for confirmation";
        };
    }
}
