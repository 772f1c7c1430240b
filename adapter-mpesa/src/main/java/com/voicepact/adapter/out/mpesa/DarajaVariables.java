package com.voicepact.adapter.out.mpesa;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Daraja client's configuration from its variables, given as a map of name to value (the service's settings tree
 * reads the environment once and hands over these names only, {@link #NAMES}).
 */
public final class DarajaVariables {

    /** Every variable read here, in the order the documentation lists them. */
    public static final List<String> NAMES = List.of(
            "MPESA_ENVIRONMENT",
            "MPESA_CONSUMER_KEY",
            "MPESA_CONSUMER_SECRET",
            "MPESA_SHORTCODE",
            "MPESA_PASSKEY",
            "MPESA_TRANSACTION_TYPE",
            "MPESA_TILL_NUMBER",
            "MPESA_B2C_SHORTCODE",
            "MPESA_INITIATOR_NAME",
            "MPESA_INITIATOR_PASSWORD",
            "MPESA_CERTIFICATE_PATH",
            "MPESA_SECURITY_CREDENTIAL",
            "MPESA_CALLBACK_BASE_URL",
            "MPESA_CALLBACK_IPS",
            "MPESA_BASE_URL");

    private DarajaVariables() {}

    /**
     * Reads {@code MPESA_ENVIRONMENT} ({@code sandbox} when unset), {@code MPESA_BASE_URL} (optional override),
     * {@code MPESA_CONSUMER_KEY}, {@code MPESA_CONSUMER_SECRET}, {@code MPESA_SHORTCODE}, {@code MPESA_PASSKEY},
     * {@code MPESA_TRANSACTION_TYPE} ({@code CustomerPayBillOnline} when unset), {@code MPESA_TILL_NUMBER} (buy goods),
     * {@code MPESA_B2C_SHORTCODE}, {@code MPESA_INITIATOR_NAME}, {@code MPESA_INITIATOR_PASSWORD}, {@code MPESA_CERTIFICATE_PATH},
     * {@code MPESA_SECURITY_CREDENTIAL}, {@code MPESA_CALLBACK_BASE_URL}, {@code MPESA_CALLBACK_IPS} (comma-separated). In the
     * sandbox, Safaricom's published test shortcode, passkey, B2C shortcode and initiator name stand in for unset values.
     *
     * @throws IllegalArgumentException naming every missing value at once ("M-Pesa production configuration is
     *         incomplete: MPESA_CONSUMER_KEY, MPESA_PASSKEY are not set"), or the first invalid one
     */
    public static DarajaConfig read(Map<String, String> env) {
        DarajaEnvironment environment = DarajaEnvironment.parse(valueOr(env, "MPESA_ENVIRONMENT", "sandbox"));
        boolean sandbox = environment == DarajaEnvironment.SANDBOX;
        StkTransactionType type =
                StkTransactionType.fromWire(valueOr(env, "MPESA_TRANSACTION_TYPE", "CustomerPayBillOnline"));
        List<String> needed = new ArrayList<>(List.of(
                "MPESA_CONSUMER_KEY", "MPESA_CONSUMER_SECRET", "MPESA_CALLBACK_BASE_URL", "MPESA_INITIATOR_PASSWORD"));
        if (!sandbox) {
            needed.addAll(List.of(
                    "MPESA_SHORTCODE",
                    "MPESA_PASSKEY",
                    "MPESA_B2C_SHORTCODE",
                    "MPESA_INITIATOR_NAME",
                    "MPESA_CERTIFICATE_PATH"));
        }
        if (type == StkTransactionType.BUY_GOODS) {
            needed.add("MPESA_TILL_NUMBER");
        }
        List<String> missing =
                needed.stream().filter(name -> blank(env.get(name))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(
                    "M-Pesa " + environment.name().toLowerCase(Locale.ROOT) + " configuration is incomplete: "
                            + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are") + " not set");
        }
        String certificate = env.get("MPESA_CERTIFICATE_PATH");
        return new DarajaConfig(
                environment,
                env.get("MPESA_BASE_URL"),
                env.get("MPESA_CONSUMER_KEY"),
                env.get("MPESA_CONSUMER_SECRET"),
                sandboxDefault(env, "MPESA_SHORTCODE", sandbox, DarajaConfig.SANDBOX_SHORTCODE),
                sandboxDefault(env, "MPESA_PASSKEY", sandbox, DarajaConfig.SANDBOX_PASSKEY),
                type,
                env.get("MPESA_TILL_NUMBER"),
                sandboxDefault(env, "MPESA_B2C_SHORTCODE", sandbox, DarajaConfig.SANDBOX_B2C_SHORTCODE),
                sandboxDefault(env, "MPESA_INITIATOR_NAME", sandbox, DarajaConfig.SANDBOX_INITIATOR),
                env.get("MPESA_INITIATOR_PASSWORD"),
                blank(certificate) ? null : Path.of(certificate.strip()),
                env.get("MPESA_SECURITY_CREDENTIAL"),
                env.get("MPESA_CALLBACK_BASE_URL"),
                addresses(env.get("MPESA_CALLBACK_IPS")),
                null,
                null);
    }

    private static List<String> addresses(String value) {
        return blank(value)
                ? List.of()
                : Arrays.stream(value.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static String sandboxDefault(Map<String, String> env, String name, boolean sandbox, String fallback) {
        String value = env.get(name);
        return blank(value) && sandbox ? fallback : value;
    }

    private static String valueOr(Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return blank(value) ? fallback : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
