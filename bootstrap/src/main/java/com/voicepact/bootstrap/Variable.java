package com.voicepact.bootstrap;

import java.util.Optional;

/**
 * Every environment variable VoicePact reads, with the default the code uses and its unit. Nothing else reads the
 * environment by name: {@link EnvironmentVariables} takes only these constants, and the table in
 * {@code docs/configuration.md} lists exactly these, with the same defaults and units ({@code ConfigurationTableTest}).
 * A {@code null} fallback means no single default: absent, or derived from other settings (the table says how).
 */
enum Variable {
    // Storage and secrets
    VOICEPACT_DATA_DIR(Unit.PATH, "./data"),
    DATABASE_URL(Unit.JDBC_URL, null),
    DATABASE_USERNAME(Unit.TEXT, null),
    DATABASE_PASSWORD(Unit.SECRET, null),
    MICRONAUT_SERVER_PORT(Unit.PORT, "8080"),
    VOICEPACT_API_KEYS(Unit.HEX_LIST, null),
    VOICEPACT_AUDIT_KEY(Unit.SECRET, null),
    VOICEPACT_REFERENCE_KEY(Unit.SECRET, null),
    VOICEPACT_ENVIRONMENT(Unit.TEXT, null),
    LOG_FORMAT(Unit.WORD, "plain"),
    // People and contracts
    VOICEPACT_DEFAULT_COUNTRY(Unit.REGION, "KE"),
    VOICEPACT_DEFAULT_LANGUAGE(Unit.LANGUAGE, "en"),
    VOICEPACT_CONFIRMATION_WINDOW(Unit.ISO_DURATION, "PT24H"),
    // Payments and escrow
    PAYMENT_PROVIDER(Unit.WORD, "mpesa"),
    MIN_PAYMENT_AMOUNT(Unit.MINOR_UNITS, null),
    MAX_PAYMENT_AMOUNT(Unit.MINOR_UNITS, null),
    ESCROW_TIMEOUT(Unit.SECONDS, "604800"),
    VOICEPACT_CHECKOUT_WINDOW(Unit.ISO_DURATION, "PT5M"),
    VOICEPACT_PAYOUT_SETTLE_WINDOW(Unit.ISO_DURATION, "PT30M"),
    PAYMENT_RETRY_ENABLED(Unit.FLAG, "false"),
    PAYMENT_RETRY_ATTEMPTS(Unit.COUNT, "3"),
    PAYMENT_RETRY_DELAY(Unit.SECONDS, "300"),
    // Provider callbacks
    ALLOWED_IPS(Unit.ADDRESS_LIST, "127.0.0.0/8,::1/128"),
    MPESA_CALLBACK_IPS(Unit.ADDRESS_LIST, null),
    VOICEPACT_CALLBACK_TOKEN(Unit.SECRET, null),
    WEBHOOK_SECRET(Unit.SECRET, null),
    // Africa's Talking
    AT_API_KEY(Unit.SECRET, null),
    AT_USERNAME(Unit.TEXT, "sandbox"),
    AT_PAYMENT_PRODUCT_NAME(Unit.TEXT, "VoicePact"),
    AT_VOICE_NUMBER(Unit.PHONE, null),
    AT_USSD_SERVICE_CODE(Unit.TEXT, "*384*123#"),
    AT_BASE_URL(Unit.URL, null),
    VOICEPACT_SANDBOX_PORT(Unit.PORT, "8081"),
    // M-Pesa Daraja (read by the adapter's DarajaVariables from these values only)
    MPESA_ENVIRONMENT(Unit.WORD, "sandbox"),
    MPESA_CONSUMER_KEY(Unit.SECRET, null),
    MPESA_CONSUMER_SECRET(Unit.SECRET, null),
    MPESA_SHORTCODE(Unit.SHORTCODE, null),
    MPESA_PASSKEY(Unit.SECRET, null),
    MPESA_TRANSACTION_TYPE(Unit.WORD, "CustomerPayBillOnline"),
    MPESA_TILL_NUMBER(Unit.SHORTCODE, null),
    MPESA_B2C_SHORTCODE(Unit.SHORTCODE, null),
    MPESA_INITIATOR_NAME(Unit.TEXT, null),
    MPESA_INITIATOR_PASSWORD(Unit.SECRET, null),
    MPESA_CERTIFICATE_PATH(Unit.PATH, null),
    MPESA_SECURITY_CREDENTIAL(Unit.SECRET, null),
    MPESA_CALLBACK_BASE_URL(Unit.URL, null),
    MPESA_BASE_URL(Unit.URL, null),
    VOICEPACT_DARAJA_SANDBOX_PORT(Unit.PORT, "0"),
    // Speech to text
    VOICEPACT_STT_URL(Unit.URL, null),
    VOICEPACT_STT_MODEL(Unit.TEXT, "whisper-1"),
    VOICEPACT_STT_API_KEY(Unit.SECRET, null),
    /** The other spelling of {@link #VOICEPACT_STT_API_KEY} (canonical), read only when that is absent. */
    OPENAI_API_KEY(Unit.SECRET, null);

    /** How a value is written; {@link #words} is the unit column of the documentation table. */
    enum Unit {
        TEXT("text"),
        SECRET("secret text"),
        PATH("file path"),
        URL("URL"),
        JDBC_URL("JDBC URL"),
        PORT("TCP port"),
        WORD("word"),
        REGION("ISO 3166 region"),
        LANGUAGE("language code"),
        PHONE("phone number"),
        SHORTCODE("5 to 8 digits"),
        SECONDS("seconds"),
        ISO_DURATION("ISO-8601 duration"),
        MINOR_UNITS("minor units"),
        COUNT("count"),
        FLAG("true/false"),
        ADDRESS_LIST("comma-separated IPs/CIDRs"),
        HEX_LIST("comma-separated SHA-256 hex");

        final String words;

        Unit(String words) {
            this.words = words;
        }
    }

    private final Unit unit;
    private final String fallback;

    Variable(Unit unit, String fallback) {
        this.unit = unit;
        this.fallback = fallback;
    }

    Unit unit() {
        return unit;
    }

    /** The value used when the variable is absent or blank; empty when there is no single one. */
    Optional<String> fallback() {
        return Optional.ofNullable(fallback);
    }
}
