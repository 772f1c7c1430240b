package com.voicepact.application.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import java.math.BigDecimal;

/**
 * A payment notification as the provider reported it. {@code currency} may be absent (the
 * form-encoded variant sends a bare amount); {@code amount} may be absent on failures.
 * {@code clientTransactionId} is our transaction id echoed back in the request metadata, if any.
 */
public record PaymentNotification(String providerTransactionId, String category, String status, CurrencyCode currency,
                                  BigDecimal amount, BigDecimal fee, String description, String clientTransactionId,
                                  String rawBody) {

    public PaymentNotification {
        InvalidValueException.requireId(providerTransactionId, "transactionId", 100);
        InvalidValueException.require("Success".equals(status) || "Failed".equals(status),
                "status must be Success or Failed, got '" + status + "'");
        category = category == null ? "" : category;
        description = description == null ? "" : description;
    }

    public boolean isSuccess() {
        return "Success".equals(status);
    }

    public boolean isPayout() {
        return category.startsWith("MobileB2C") || category.startsWith("B2C");
    }
}
