package com.voicepact.application.escrow;

import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.domain.messaging.SmsTemplates;

/**
 * The one place a provider-neutral {@link FailureReason} becomes words a payer reads: the key of its text in the domain's
 * Catalog ({@code pay.reason.*}, English and Swahili). Each adapter maps its own codes to a {@link FailureReason}; no
 * adapter holds texts. Reasons only an operator can act on ({@code CONFIGURATION}, {@code OTHER}) read as a general failure.
 */
public final class FailureReasonTexts {

    private FailureReasonTexts() {}

    /** The Catalog key of the reason's text, for {@link SmsTemplates#paymentFailed}. */
    public static String catalogKey(FailureReason reason) {
        return SmsTemplates.REASON_KEYS
                + switch (reason) {
                    case PAYER_CANCELLED -> "payer_cancelled";
                    case WRONG_PIN -> "wrong_pin";
                    case PAYER_UNREACHABLE -> "payer_unreachable";
                    case INSUFFICIENT_FUNDS -> "insufficient_funds";
                    case LIMIT_REACHED -> "limit_reached";
                    case RECIPIENT_INVALID -> "recipient_invalid";
                    case DUPLICATE -> "duplicate";
                    case PROVIDER_BUSY -> "provider_busy";
                    case CONFIGURATION, OTHER -> "other";
                };
    }
}
