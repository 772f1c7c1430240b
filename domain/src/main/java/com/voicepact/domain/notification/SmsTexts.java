package com.voicepact.domain.notification;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** The product docs' SMS texts for escrow events (English; the SMS issue adds Swahili). */
public final class SmsTexts {

    private SmsTexts() {
    }

    /** {@code KES 350,000.00}: the original product's {@code {cur} {amount:,.2f}}. */
    public static String amount(Money money) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return money.currency() + " " + format.format(money.amount().setScale(2, java.math.RoundingMode.UNNECESSARY));
    }

    public static String paymentReceived(ContractId contract, Money money) {
        return "VoicePact Payment Received:\nContract: " + contract + "\nAmount: " + amount(money)
                + "\nStatus: Processing\nYou will receive confirmation shortly.";
    }

    public static String paymentReleased(ContractId contract, Money money, PhoneNumber to, String transactionId) {
        return "VoicePact Payment Released:\nContract: " + contract + "\nAmount: " + amount(money) + "\nTo: " + to.e164()
                + "\nTransaction ID: " + transactionId;
    }

    public static String paymentRefunded(ContractId contract, Money money, PhoneNumber to, String transactionId) {
        return "VoicePact Payment Refunded:\nContract: " + contract + "\nAmount: " + amount(money) + "\nTo: " + to.e164()
                + "\nTransaction ID: " + transactionId;
    }

    public static String deliveryAlert(ContractId contract, BigDecimal partialQuantity, String unit) {
        String type = partialQuantity == null ? "Full delivery claimed"
                : "Partial delivery claimed (" + partialQuantity.toPlainString() + " " + unit + ")";
        return "VoicePact Delivery Alert:\nContract: " + contract + "\nType: " + type + "\nPlease inspect and reply:\nACCEPT-"
                + contract + " or DISPUTE-" + contract;
    }

    public static String disputeOpened(ContractId contract, String reason) {
        return "VoicePact Dispute:\nContract: " + contract + "\nReason: " + reason
                + "\nPayment is on hold. Support will contact you.";
    }
}
