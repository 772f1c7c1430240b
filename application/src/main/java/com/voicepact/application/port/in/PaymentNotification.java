package com.voicepact.application.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import java.math.BigDecimal;

/**
 * A payment notification as the provider reported it. {@code currency} may be absent (the
 * form-encoded variant sends a bare amount); {@code amount} may be absent on failures.
 * {@code clientTransactionId} is our transaction id echoed back in the request metadata, if any.
 * {@code unreadableAmount} is the amount's text when it was sent but is no amount we can read
 * ({@code USD 9000}, {@code KES abc}, {@code KES 1e2147483648}); {@code currency} and {@code amount} are
 * then absent. Such a notification is still recorded and flagged, never refused, so the provider stops
 * resending it.
 */
public record PaymentNotification(String providerTransactionId, String category, String status, CurrencyCode currency,
                                  BigDecimal amount, BigDecimal fee, String description, String clientTransactionId,
                                  String rawBody, String unreadableAmount) {

    /** @throws InvalidValueException when the transaction id is missing or the status is not Success or Failed */
    public PaymentNotification {
        InvalidValueException.requireId(providerTransactionId, "transactionId", 100);
        InvalidValueException.require(status != null, "status is missing; a notification says Success or Failed");
        InvalidValueException.require("Success".equals(status) || "Failed".equals(status),
                "status must be Success or Failed, got '" + (status.length() <= 40 ? status : status.substring(0, 40) + "...") + "'");
        category = category == null ? "" : category;
        description = description == null ? "" : description;
    }

    /** A notification whose amount, if any, was read. */
    public PaymentNotification(String providerTransactionId, String category, String status, CurrencyCode currency,
                               BigDecimal amount, BigDecimal fee, String description, String clientTransactionId, String rawBody) {
        this(providerTransactionId, category, status, currency, amount, fee, description, clientTransactionId, rawBody, null);
    }

    public boolean isSuccess() {
        return "Success".equals(status);
    }

    public boolean isPayout() {
        return category.startsWith("MobileB2C") || category.startsWith("B2C");
    }
}
