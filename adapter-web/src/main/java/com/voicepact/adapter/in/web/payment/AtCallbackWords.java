package com.voicepact.adapter.in.web.payment;

import com.voicepact.application.port.shared.FailureReason;
import com.voicepact.application.port.shared.MoneyMovement;
import com.voicepact.domain.InvalidValueException;
import java.util.Locale;

/**
 * Africa's Talking's words in a payment notification, mapped to the provider-neutral terms; nothing past
 * this class reads them. Statuses: {@code Success}, {@code Failed} (the only two a notification carries);
 * categories: {@code MobileB2C} and {@code B2C...} are payout legs (refunds are B2C at AT too), the rest
 * ({@code MobileCheckout}, {@code MobileC2B}, absent in the form variant) collections; failure
 * descriptions are matched by their words. Source: /work/shared/reference/africastalking.md.
 */
final class AtCallbackWords {

    private AtCallbackWords() {
    }

    /**
     * @throws InvalidValueException when the status is missing, or neither {@code Success} nor {@code Failed}
     */
    static boolean succeeded(String status) {
        InvalidValueException.require(status != null, "status is missing; a notification says Success or Failed");
        InvalidValueException.require("Success".equals(status) || "Failed".equals(status),
                "status must be Success or Failed, got '" + status + "'");
        return "Success".equals(status);
    }

    static MoneyMovement movementOf(String category) {
        String c = category == null ? "" : category;
        return c.startsWith("MobileB2C") || c.startsWith("B2C") ? MoneyMovement.PAYOUT : MoneyMovement.COLLECTION;
    }

    /** AT's failure descriptions (the sandbox's and the ones the product docs show) as a reason category. */
    static FailureReason reasonOf(String description) {
        String d = description == null ? "" : description.toLowerCase(Locale.ROOT);
        if (d.contains("insufficient")) {
            return FailureReason.INSUFFICIENT_FUNDS;
        }
        if (d.contains("cancel") || d.contains("declined") || d.contains("rejected by user")) {
            return FailureReason.PAYER_CANCELLED;
        }
        if (d.contains("pin")) {
            return FailureReason.WRONG_PIN;
        }
        if (d.contains("timeout") || d.contains("cannot be reached") || d.contains("unreachable")) {
            return FailureReason.PAYER_UNREACHABLE;
        }
        if (d.contains("limit")) {
            return FailureReason.LIMIT_REACHED;
        }
        if (d.contains("invalid") || d.contains("not registered") || d.contains("inactive")) {
            return FailureReason.RECIPIENT_INVALID;
        }
        if (d.contains("duplicate")) {
            return FailureReason.DUPLICATE;
        }
        return FailureReason.OTHER;
    }
}
