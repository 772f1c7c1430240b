package com.voicepact.adapter.out.africastalking;

import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.escrow.port.shared.MovementOutcome;
import com.voicepact.domain.common.Money;
import java.util.Locale;

/**
 * Every word of AT's payments API that carries meaning, mapped to the provider-neutral terms; nothing
 * outside this adapter reads them. Source: /work/shared/reference/africastalking.md ("Payments").
 * <ul>
 *   <li>checkout answer {@code status}: {@code PendingConfirmation} accepted; {@code DuplicateRequest},
 *       {@code InvalidRequest}, {@code NotSupported}, {@code Failed} (and any other) refused;</li>
 *   <li>B2C entry {@code status}: {@code Queued} (or an immediate {@code Success}) accepted; any other refused,
 *       with its {@code errorMessage};</li>
 *   <li>transaction {@code status}: {@code Success}, {@code Failed}; {@code Pending}, {@code PendingConfirmation},
 *       {@code Queued} and any word we do not know are pending (an unknown word never settles money);</li>
 *   <li>{@code category}: {@code MobileB2C} and {@code B2C...} pay out; {@code MobileCheckout}, {@code MobileC2B}
 *       and the rest collect;</li>
 *   <li>payment notification {@code status}: {@code Success} or {@code Failed}, nothing else ({@link AtPaymentCallbacks});</li>
 *   <li>descriptions and error messages: matched by their words (insufficient funds, cancelled, timeout, ...).</li>
 * </ul>
 */
final class AtPaymentWords {

    private AtPaymentWords() {}

    static GatewayAnswer checkoutAnswer(String status, String transactionId, String description) {
        return switch (status) {
            case "PendingConfirmation" -> new GatewayAnswer.Accepted(transactionId, description);
            case "DuplicateRequest" -> new GatewayAnswer.Refused(FailureReason.DUPLICATE, description);
            case "InvalidRequest" -> new GatewayAnswer.Refused(FailureReason.RECIPIENT_INVALID, description);
            case "NotSupported" -> new GatewayAnswer.Refused(FailureReason.CONFIGURATION, description);
            default -> new GatewayAnswer.Refused(reasonOf(description), description);
        };
    }

    static GatewayAnswer payoutEntryAnswer(String status, String transactionId, String errorMessage) {
        return switch (status) {
            case "Queued", "Success" -> new GatewayAnswer.Accepted(transactionId, status);
            case "DuplicateRequest" -> new GatewayAnswer.Refused(FailureReason.DUPLICATE, errorMessage);
            case "InvalidRequest" -> new GatewayAnswer.Refused(FailureReason.RECIPIENT_INVALID, errorMessage);
            case "NotSupported" -> new GatewayAnswer.Refused(FailureReason.CONFIGURATION, errorMessage);
            default -> new GatewayAnswer.Refused(reasonOf(errorMessage), errorMessage);
        };
    }

    /**
     * A transaction's outcome. A {@code Success} without a value cannot say what moved, so it is not
     * taken as a success: it stays pending for an operator (reconciliation reports it).
     */
    static MovementOutcome outcomeOf(String status, Money value, String transactionId, String description) {
        return switch (status) {
            case "Success" ->
                value == null ? new MovementOutcome.Pending() : new MovementOutcome.Succeeded(value, transactionId);
            case "Failed" -> new MovementOutcome.Failed(reasonOf(description), description);
            default -> new MovementOutcome.Pending();
        };
    }

    /**
     * A payment notification's {@code status}: only {@code Success} and {@code Failed} are final, and only they are sent.
     *
     * @throws com.voicepact.domain.InvalidValueException when the status is missing, or neither
     */
    static boolean notificationSucceeded(String status) {
        com.voicepact.domain.InvalidValueException.require(
                status != null, "status is missing; a notification says Success or Failed");
        com.voicepact.domain.InvalidValueException.require(
                "Success".equals(status) || "Failed".equals(status),
                "status must be Success or Failed, got '" + status + "'");
        return "Success".equals(status);
    }

    static MoneyMovement movementOf(String category) {
        String c = category == null ? "" : category;
        return c.startsWith("MobileB2C") || c.startsWith("B2C") ? MoneyMovement.PAYOUT : MoneyMovement.COLLECTION;
    }

    /** The category to fetch a movement from: AT keeps refunds as B2C payments too. */
    static String categoryOf(MoneyMovement movement) {
        return movement == MoneyMovement.COLLECTION ? "MobileCheckout" : "MobileB2C";
    }

    /** AT's descriptions and error messages, as a reason category. */
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
        if (d.contains("unauthorized") || d.contains("credentials") || d.contains("not supported")) {
            return FailureReason.CONFIGURATION; // ours to fix, before "invalid" (invalid credentials)
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
