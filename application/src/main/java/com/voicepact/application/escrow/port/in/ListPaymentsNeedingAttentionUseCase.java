package com.voicepact.application.escrow.port.in;

import com.voicepact.application.shared.port.in.PageRequest;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.TransactionId;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The payments a person should look at: stuck, of unknown outcome, refunded as surplus, or flagged by the provider. */
public interface ListPaymentsNeedingAttentionUseCase {

    /** One page of them, newest first (by {@link Item#since()}), with how many there are in all. */
    Attention attention(PageRequest page);

    /** Why a payment needs a person; {@link #wireName()} is the API's word. See docs/escrow.md, "Payments needing attention". */
    enum Kind {
        /** A checkout or a payout still pending after its window (checkout window, payout settle window). */
        PENDING_PAST_WINDOW,
        /** Nobody knows whether the money moved: a checkout the provider gave no id for, a payout whose hand-over got no answer. */
        UNKNOWN_OUTCOME,
        /** A payment paid beyond what the contract owed, refunded to its payer (the refund in flight or made). */
        SURPLUS_REFUND,
        /** A provider notification recorded as a mismatch (another amount, or the provider does not confirm it). */
        AMOUNT_MISMATCH,
        /** Any other provider notification recorded but not applied as sent (unknown id, refused, contradicting). */
        FLAGGED_EVENT;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One item: the contract and our payment when known (null for a notification naming no payment of ours), the
     * provider's transaction id (null when none), the amount concerned (null when no amount is known), since when it
     * needs attention, and why, in our words.
     */
    record Item(
            Kind kind,
            ContractId contractId,
            TransactionId paymentId,
            String transactionId,
            Money amount,
            Instant since,
            String detail) {

        public Item {
            InvalidValueException.require(kind != null && since != null, "an attention item needs a kind and a time");
            detail = detail == null ? "" : detail;
        }
    }

    /** {@code total}: the items found, each source read up to {@code ATTENTION_READ_LIMIT} rows (see the service). */
    record Attention(List<Item> items, int limit, int offset, long total) {

        public Attention {
            items = List.copyOf(items);
        }
    }
}
