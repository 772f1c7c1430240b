package com.voicepact.bootstrap;

import com.voicepact.application.escrow.PaymentSettings;
import java.time.Duration;

/**
 * Who moves the money and the escrow's clocks, each in the unit its variable is written in.
 *
 * @param provider {@code PAYMENT_PROVIDER}
 * @param limits {@code MIN_PAYMENT_AMOUNT}/{@code MAX_PAYMENT_AMOUNT} as set (minor units), resolved against the provider's
 *        own limits by {@link CheckoutLimits#of}
 * @param checkoutWindow {@code VOICEPACT_CHECKOUT_WINDOW} (ISO-8601): then a PENDING checkout is asked about at the provider
 * @param escrowTimeout {@code ESCROW_TIMEOUT} (seconds): then an ACTIVE contract without both delivery confirmations is DISPUTED
 * @param payoutSettleWindow {@code VOICEPACT_PAYOUT_SETTLE_WINDOW} (ISO-8601): then a payout without notification is asked about
 * @param retryEnabled {@code PAYMENT_RETRY_ENABLED}
 * @param retryAttempts {@code PAYMENT_RETRY_ATTEMPTS}, new checkouts at most per failed or expired one
 * @param retryDelay {@code PAYMENT_RETRY_DELAY} (seconds) before a new checkout
 */
record EscrowSettings(
        PaymentProvider provider,
        CheckoutLimits.Requested limits,
        Duration checkoutWindow,
        Duration escrowTimeout,
        Duration payoutSettleWindow,
        boolean retryEnabled,
        int retryAttempts,
        Duration retryDelay) {

    /** @throws StartupRefusedException naming the variable whose value has the wrong shape */
    static EscrowSettings read(EnvironmentVariables env) {
        long attempts = env.whole(Variable.PAYMENT_RETRY_ATTEMPTS);
        EnvironmentVariables.refuseIf(
                attempts < 0 || attempts > Integer.MAX_VALUE,
                "PAYMENT_RETRY_ATTEMPTS must be 0 or more, got " + attempts);
        return new EscrowSettings(
                PaymentProvider.parse(env.given(Variable.PAYMENT_PROVIDER)),
                CheckoutLimits.Requested.read(env),
                env.isoDuration(Variable.VOICEPACT_CHECKOUT_WINDOW),
                positive(env, Variable.ESCROW_TIMEOUT),
                env.isoDuration(Variable.VOICEPACT_PAYOUT_SETTLE_WINDOW),
                env.flag(Variable.PAYMENT_RETRY_ENABLED),
                (int) attempts,
                env.seconds(Variable.PAYMENT_RETRY_DELAY));
    }

    /** The application's payment settings, with the checkout limits resolved against the provider's. */
    PaymentSettings paymentSettings(CheckoutLimits resolved) {
        return new PaymentSettings(
                resolved.minMinor(),
                resolved.maxMinor(),
                checkoutWindow,
                escrowTimeout,
                retryEnabled,
                retryAttempts,
                retryDelay,
                payoutSettleWindow);
    }

    /** A window of 0 would dispute every funded contract at once: refused. */
    private static Duration positive(EnvironmentVariables env, Variable variable) {
        Duration window = env.seconds(variable);
        EnvironmentVariables.refuseIf(window.isZero(), variable + " must be a number of seconds above 0, got 0");
        return window;
    }
}
