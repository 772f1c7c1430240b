package com.voicepact.adapter.out.mpesa;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import java.math.BigDecimal;

/**
 * What {@link DarajaClient} sends, each record checked against Daraja's limits on construction
 * ({@code shared/reference/mpesa-daraja.md}): a value Daraja would refuse is an {@link InvalidValueException} here,
 * before anything is sent.
 */
public final class DarajaRequests {

    private DarajaRequests() {}

    /** An STK push: {@code accountReference} is our payment reference (at most 12 characters), {@code description} at most 13. */
    public record StkPush(PhoneNumber payer, Money amount, String accountReference, String description) {
        public StkPush {
            InvalidValueException.require(payer != null, "payer is required");
            wholeShillings(amount, DarajaClient.STK_MINIMUM, "STK push amount");
            text(accountReference, 1, 12, "AccountReference");
            text(description, 1, 13, "TransactionDesc");
        }
    }

    /** B2C's {@code CommandID}. */
    public enum B2cCommand {
        BUSINESS_PAYMENT("BusinessPayment"),
        SALARY_PAYMENT("SalaryPayment"),
        PROMOTION_PAYMENT("PromotionPayment");

        private final String wire;

        B2cCommand(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    /**
     * A B2C payout. {@code payoutId} is sent as {@code OriginatorConversationID}: Daraja refuses a repeat
     * ({@code 500.002.1001}), the second guard against paying twice. {@code remarks} 2 to 100 characters,
     * {@code occasion} optional (at most 100).
     */
    public record B2cPayment(
            String payoutId, PhoneNumber recipient, Money amount, B2cCommand command, String remarks, String occasion) {
        public B2cPayment {
            text(payoutId, 1, 64, "OriginatorConversationID");
            InvalidValueException.require(recipient != null, "recipient is required");
            wholeShillings(amount, DarajaClient.B2C_MINIMUM, "B2C amount");
            InvalidValueException.require(command != null, "CommandID is required");
            text(remarks, 2, 100, "Remarks");
            occasion = optionalText(occasion, "Occassion");
        }
    }

    /** Which of our accounts a request concerns: the collecting shortcode or the B2C shortcode. */
    public enum Account {
        COLLECTION,
        PAYOUT
    }

    /** What a Transaction Status query looks for: a receipt ({@code TransactionID}) or our {@code OriginatorConversationID}. */
    public record TransactionLookup(String receipt, String originatorConversationId, Account account) {
        public TransactionLookup {
            InvalidValueException.require(
                    (receipt == null) != (originatorConversationId == null),
                    "a transaction is looked up by its receipt or by its OriginatorConversationID, exactly one");
            InvalidValueException.require(account != null, "account is required");
        }

        public static TransactionLookup byReceipt(String receipt, Account account) {
            return new TransactionLookup(text(receipt, 1, 64, "TransactionID"), null, account);
        }

        /** A payout of ours, by the id we sent as {@code OriginatorConversationID}. */
        public static TransactionLookup byPayoutId(String payoutId) {
            return new TransactionLookup(null, text(payoutId, 1, 64, "OriginatorConversationID"), Account.PAYOUT);
        }
    }

    /** A reversal of an STK collection, by its receipt, for the whole amount collected. */
    public record Reversal(String receipt, Money amount, String remarks, String occasion) {
        public Reversal {
            text(receipt, 1, 64, "TransactionID");
            wholeShillings(amount, DarajaClient.STK_MINIMUM, "reversal amount");
            text(remarks, 2, 100, "Remarks");
            occasion = optionalText(occasion, "Occasion");
        }
    }

    private static void wholeShillings(Money amount, BigDecimal minimum, String what) {
        InvalidValueException.require(amount != null, what + " is required");
        InvalidValueException.require(
                amount.currency() == CurrencyCode.KES, what + " must be in KES, got " + amount.currency());
        InvalidValueException.require(
                amount.amount().stripTrailingZeros().scale() <= 0,
                what + " must be whole shillings (M-Pesa moves no cents), got "
                        + amount.amount().toPlainString());
        InvalidValueException.require(
                amount.amount().compareTo(minimum) >= 0 && amount.amount().compareTo(DarajaClient.MAXIMUM) <= 0,
                what + " must be between " + minimum + " and " + DarajaClient.MAXIMUM.toPlainString() + " KES, got "
                        + amount.amount().toPlainString());
    }

    static String text(String value, int min, int max, String field) {
        InvalidValueException.require(
                value != null && value.strip().length() >= min && value.length() <= max,
                field + " must be " + min + " to " + max + " characters, got "
                        + (value == null ? "none" : value.length()));
        return value;
    }

    private static String optionalText(String value, String field) {
        return value == null || value.isBlank() ? "" : text(value, 1, 100, field);
    }
}
