package com.voicepact.domain.contract;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An issue raised on an active contract (by a party, or by the system when the escrow window passed),
 * and its resolution by an operator. {@code raisedBy} is null when the system raised it.
 */
public record Dispute(
        PhoneNumber raisedBy,
        String reason,
        Instant raisedAt,
        DisputeResolution resolution,
        BigDecimal sellerShare,
        Instant resolvedAt) {

    /**
     * The longest reason kept, in UTF-16 characters: what one SMS can carry, 1,600 characters (the
     * ceiling aggregators put on a concatenated SMS, and the longest inbound text VoicePact accepts), so
     * a reason texted as {@code DISPUTE-<id> <reason>} always fits whole.
     */
    public static final int MAX_REASON_LENGTH = 1_600;

    /** Decimals of a seller share: the share column is {@code NUMERIC(7, 6)}, a millionth of the total. */
    public static final int SHARE_DECIMALS = 6;

    public Dispute {
        reason = InvalidValueException.requireText(reason, "dispute reason", MAX_REASON_LENGTH);
        InvalidValueException.require(raisedAt != null, "dispute time is required");
        InvalidValueException.require(
                (resolution == null) == (resolvedAt == null), "a resolution and its time go together");
        if (resolution == DisputeResolution.SPLIT) {
            InvalidValueException.require(sellerShare != null, "a split needs a seller_share");
            InvalidValueException.require(
                    sellerShare.signum() > 0
                            && sellerShare.compareTo(BigDecimal.ONE) < 0
                            && sellerShare.stripTrailingZeros().scale() <= SHARE_DECIMALS,
                    "seller_share must be between 0.000001 and"
                            + " 0.999999 (strictly between 0 and 1, to a millionth), got "
                            + InvalidValueException.shown(sellerShare));
        }
    }

    /**
     * The reason as typed when it fits, otherwise its first {@link #MAX_REASON_LENGTH} - 1 characters
     * (never half a surrogate pair) and {@code …}: for channels that must not refuse a long text. Line breaks
     * become spaces and control and formatting characters are left out ({@code PlainText.clean}): a typed SMS is never refused for them.
     */
    public static String fitReason(String typed) {
        String reason = com.voicepact.domain.common.PlainText.clean(typed); // a farmer's SMS is cleaned, never refused
        if (reason == null || reason.strip().length() <= MAX_REASON_LENGTH) {
            return reason;
        }
        String text = reason.strip();
        int end = MAX_REASON_LENGTH - 3;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end)
                + "..."; // GSM-7 dots: one Unicode ellipsis would make the SMS cost twice as many parts
    }

    public static Dispute raised(PhoneNumber by, String reason, Instant at) {
        return new Dispute(by, reason, at, null, null, null);
    }

    /** The system's own dispute: the escrow window passed without both delivery confirmations. */
    static Dispute overdue(Instant at) {
        return raised(null, "escrow window passed without both delivery confirmations", at);
    }

    public boolean isOpen() {
        return resolution == null;
    }

    /** Resolved with the seller getting all or a share (a release or a split). */
    boolean isResolvedForSeller() {
        return !isOpen() && resolution != DisputeResolution.REFUND_BUYER;
    }

    /**
     * Refuses to resolve {@code dispute} (null: none raised yet) of {@code contract} a second time.
     *
     * @throws IllegalTransitionException when it was already resolved: a resolution is never changed or made twice
     */
    static void requireFirstResolution(Dispute dispute, ContractId contract, ContractStatus status) {
        if (dispute != null && !dispute.isOpen()) {
            throw IllegalTransitionException.worded(
                    status,
                    "the dispute on " + contract
                            + " was already resolved; a resolution cannot be changed or made twice");
        }
    }

    /**
     * This dispute resolved {@code how} ({@code share}: the seller's part of a split, dropped otherwise).
     *
     * @throws InvalidValueException without a resolution
     */
    Dispute resolved(DisputeResolution how, BigDecimal share, Instant at) {
        InvalidValueException.require(how != null, "a resolution is required");
        return new Dispute(raisedBy, reason, raisedAt, how, how == DisputeResolution.SPLIT ? share : null, at);
    }
}
