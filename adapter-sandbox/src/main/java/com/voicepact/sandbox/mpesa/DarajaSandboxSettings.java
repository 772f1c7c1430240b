package com.voicepact.sandbox.mpesa;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * The local Daraja: its port (0 = any free one), the app's consumer key and secret (OAuth Basic auth),
 * the M-Pesa Express shortcode and its passkey ({@code Password} = base64(shortcode + passkey + timestamp)),
 * the B2C shortcode, the access-token lifetime ({@code expires_in}, Daraja's is 3599 s), how long an STK
 * prompt waits on the phone before Daraja gives up with 1037, and the B2C utility account's opening balance
 * in KES.
 */
public record DarajaSandboxSettings(
        int port,
        String consumerKey,
        String consumerSecret,
        String shortCode,
        String passkey,
        String b2cShortCode,
        Duration tokenLifetime,
        Duration promptTimeout,
        BigDecimal openingUtilityBalance) {

    /** Safaricom's published sandbox Lipa Na M-Pesa Online shortcode. */
    public static final String SANDBOX_SHORTCODE = "174379";
    /** Safaricom's published sandbox passkey for {@link #SANDBOX_SHORTCODE}. */
    public static final String SANDBOX_PASSKEY = "bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919";
    /** A B2C shortcode of Safaricom's sandbox. */
    public static final String SANDBOX_B2C_SHORTCODE = "600996";

    public DarajaSandboxSettings {
        Objects.requireNonNull(consumerKey, "consumerKey");
        Objects.requireNonNull(consumerSecret, "consumerSecret");
        Objects.requireNonNull(shortCode, "shortCode");
        Objects.requireNonNull(passkey, "passkey");
        Objects.requireNonNull(b2cShortCode, "b2cShortCode");
        if (tokenLifetime.isNegative()
                || tokenLifetime.isZero()
                || promptTimeout.isNegative()
                || openingUtilityBalance.signum() < 0) {
            throw new IllegalArgumentException(
                    "token lifetime and prompt timeout must be positive, the opening balance not negative");
        }
    }

    /** Safaricom's sandbox values, a free port, a 60 s prompt and an empty utility account. */
    public static DarajaSandboxSettings of(String consumerKey, String consumerSecret) {
        return new DarajaSandboxSettings(
                0,
                consumerKey,
                consumerSecret,
                SANDBOX_SHORTCODE,
                SANDBOX_PASSKEY,
                SANDBOX_B2C_SHORTCODE,
                Duration.ofSeconds(3599),
                Duration.ofSeconds(60),
                BigDecimal.ZERO);
    }

    public DarajaSandboxSettings withPort(int newPort) {
        return new DarajaSandboxSettings(
                newPort,
                consumerKey,
                consumerSecret,
                shortCode,
                passkey,
                b2cShortCode,
                tokenLifetime,
                promptTimeout,
                openingUtilityBalance);
    }

    public DarajaSandboxSettings withPromptTimeout(Duration timeout) {
        return new DarajaSandboxSettings(
                port,
                consumerKey,
                consumerSecret,
                shortCode,
                passkey,
                b2cShortCode,
                tokenLifetime,
                timeout,
                openingUtilityBalance);
    }

    public DarajaSandboxSettings withTokenLifetime(Duration lifetime) {
        return new DarajaSandboxSettings(
                port,
                consumerKey,
                consumerSecret,
                shortCode,
                passkey,
                b2cShortCode,
                lifetime,
                promptTimeout,
                openingUtilityBalance);
    }

    public DarajaSandboxSettings withOpeningUtilityBalance(BigDecimal kes) {
        return new DarajaSandboxSettings(
                port, consumerKey, consumerSecret, shortCode, passkey, b2cShortCode, tokenLifetime, promptTimeout, kes);
    }
}
