package com.voicepact.adapter.out.mpesa;

import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The gateway's refusals in the port's terms: a movement M-Pesa would refuse is {@code Refused} before anything is sent
 * (not KES, not whole shillings, outside the limits, not a Kenyan number), and Daraja's own refusals are mapped here.
 */
final class DarajaRefusals {

    private static final BigDecimal MAXIMUM = DarajaClient.MAXIMUM;

    private DarajaRefusals() {}

    static Optional<GatewayAnswer> outsideLimits(Money amount, BigDecimal minimum, String what) {
        if (amount.currency() != CurrencyCode.KES) {
            return Optional.of(new GatewayAnswer.Refused(
                    FailureReason.CONFIGURATION, "M-Pesa moves only KES, not " + amount.currency()));
        }
        if (amount.amount().stripTrailingZeros().scale() > 0) {
            return Optional.of(new GatewayAnswer.Refused(
                    FailureReason.OTHER,
                    "M-Pesa moves whole shillings only, not KES "
                            + amount.amount().toPlainString()));
        }
        if (amount.amount().compareTo(minimum) < 0 || amount.amount().compareTo(MAXIMUM) > 0) {
            return Optional.of(new GatewayAnswer.Refused(
                    FailureReason.LIMIT_REACHED,
                    "an M-Pesa " + what + " must be KES "
                            + minimum.toPlainString() + " to " + MAXIMUM.toPlainString() + ", not "
                            + amount.amount().toPlainString()
                            + (what.equals("payout") ? "; a larger release must be split into several payouts" : "")));
        }
        return Optional.empty();
    }

    static Optional<GatewayAnswer> notKenyan(PhoneNumber phone) {
        return phone.e164().startsWith("+254")
                ? Optional.empty()
                : Optional.of(new GatewayAnswer.Refused(
                        FailureReason.RECIPIENT_INVALID, "M-Pesa moves money only for Kenyan numbers"));
    }

    /**
     * Daraja's refusal as the port's answer. Spike arrest, quota and "system busy" ({@code PROVIDER_BUSY}) refuse nothing the
     * payer or recipient did: Daraja did nothing and asks us to come back later, so they are "unavailable" (not ambiguous),
     * which the application retries (a payout) or answers 503 (a checkout), rather than a failed movement.
     */
    static GatewayAnswer refused(DarajaAnswer.Refused<?> refused, String what) {
        String words = (refused.code() + " " + refused.description()).strip();
        if (refused.reason() == FailureReason.PROVIDER_BUSY) {
            throw new GatewayException(
                    "Daraja is busy (" + words + "): the " + what + " was not taken, try again later", false, null);
        }
        return new GatewayAnswer.Refused(refused.reason(), words);
    }
}
