package com.voicepact.sandbox.mpesa;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * One STK push as the sandbox keeps it; {@code resultCode} null while the payer decides. Guarded by its
 * {@link SandboxCollections}' lock.
 */
final class StkCheckout {

    final String merchantRequestId;
    final String checkoutRequestId;
    final String phone;
    final BigDecimal amount;
    final String business;
    final String accountReference;
    final String transactionDesc;
    final String callbackUrl;
    final Instant at;
    Integer resultCode;
    String resultDesc;
    boolean ignored;

    StkCheckout(
            String merchantRequestId,
            String checkoutRequestId,
            String phone,
            BigDecimal amount,
            String business,
            String accountReference,
            String transactionDesc,
            String callbackUrl,
            Instant at) {
        this.merchantRequestId = merchantRequestId;
        this.checkoutRequestId = checkoutRequestId;
        this.phone = phone;
        this.amount = amount;
        this.business = business;
        this.accountReference = accountReference;
        this.transactionDesc = transactionDesc;
        this.callbackUrl = callbackUrl;
        this.at = at;
    }

    /**
     * Daraja's {@code {"Body":{"stkCallback":{...}}}} for the decided outcome; with a {@code receipt} (paid) its
     * {@code CallbackMetadata} items: Amount (2 decimals), MpesaReceiptNumber, an empty Balance, TransactionDate and
     * PhoneNumber as numbers.
     */
    ObjectNode callback(ObjectMapper json, String receipt, long transactionDate) {
        ObjectNode root = json.createObjectNode();
        ObjectNode stk = root.putObject("Body")
                .putObject("stkCallback")
                .put("MerchantRequestID", merchantRequestId)
                .put("CheckoutRequestID", checkoutRequestId)
                .put("ResultCode", resultCode)
                .put("ResultDesc", resultDesc);
        if (receipt != null) {
            ArrayNode items = stk.putObject("CallbackMetadata").putArray("Item");
            items.addObject().put("Name", "Amount").put("Value", amount.setScale(2, RoundingMode.UNNECESSARY));
            items.addObject().put("Name", "MpesaReceiptNumber").put("Value", receipt);
            items.addObject().put("Name", "Balance");
            items.addObject().put("Name", "TransactionDate").put("Value", transactionDate);
            items.addObject().put("Name", "PhoneNumber").put("Value", Long.parseLong(phone));
        }
        return root;
    }

    /** Daraja's {@code ResultDesc} for an STK result code. */
    /** The prompt this push shows on its payer's phone. */
    StkPrompt prompt() {
        return new StkPrompt(checkoutRequestId, phone, amount, business, accountReference, transactionDesc);
    }

    static String describe(int resultCode) {
        return switch (resultCode) {
            case 0 -> SandboxCollections.PAID;
            case 1 -> "The balance is insufficient for the transaction.";
            case 17 -> "Rule limited.";
            case 1032 -> "Request cancelled by user";
            case 1037 -> "DS timeout user cannot be reached";
            case 2001 -> "The initiator information is invalid.";
            default -> "Unknown result";
        };
    }
}
