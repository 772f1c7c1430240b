package com.voicepact.bootstrap;

import com.voicepact.application.port.out.CollectionLimits;
import com.voicepact.adapter.in.web.callback.CallbackSettings;
import com.voicepact.adapter.out.mpesa.DarajaConfig;
import com.voicepact.adapter.out.mpesa.DarajaEnvironment;
import com.voicepact.adapter.out.mpesa.DarajaPaymentGateway;
import com.voicepact.application.port.out.PaymentGatewayPort;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the service reads from its environment, in one place. Absent a {@code DATABASE_URL}
 * the service runs on its embedded default: an H2 file database under the data directory.
 */
record RuntimeSettings(Path dataDir, String databaseUrl, String databaseUser, String databasePassword,
                       String defaultCountry, Duration confirmationWindow, List<String> apiKeyHashes,
                       String auditKey, String environment, Map<String, String> variables) {

    /**
     * PostgreSQL mode for the one schema, and {@code WRITE_DELAY=0}: H2's MVStore otherwise writes commits to
     * its file in the background about once a second, so a commit already answered to a client was lost
     * when the process was killed. With 0 each commit is written to the file (the OS's page cache) before
     * it returns: it survives a process kill, not a power loss (no fsync per commit; docs/escrow.md, Durability).
     */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    static RuntimeSettings from(Map<String, String> env) {
        Path dataDir = Path.of(env.getOrDefault("VOICEPACT_DATA_DIR", "./data")).toAbsolutePath().normalize();
        String url = blankToNull(env.get("DATABASE_URL"));
        return new RuntimeSettings(dataDir, url,
                env.getOrDefault("DATABASE_USERNAME", url == null ? "sa" : ""),
                env.getOrDefault("DATABASE_PASSWORD", ""),
                env.getOrDefault("VOICEPACT_DEFAULT_COUNTRY", "KE"),
                duration(env.getOrDefault("VOICEPACT_CONFIRMATION_WINDOW", "PT24H")),
                Arrays.stream(env.getOrDefault("VOICEPACT_API_KEYS", "").split(",")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList(),
                blankToNull(env.get("VOICEPACT_AUDIT_KEY")),
                env.getOrDefault("VOICEPACT_ENVIRONMENT", url == null ? "embedded" : "production"), Map.copyOf(env));
    }

    /** A variable of the environment, or the default when it is absent or blank. */
    String variable(String name, String defaultValue) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? defaultValue : value.strip();
    }

    long number(String name, long defaultValue) {
        String value = variable(name, Long.toString(defaultValue));
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new StartupRefusedException(name + " must be a whole number, got '" + value + "'", e);
        }
    }

    boolean isEmbedded() {
        return databaseUrl == null;
    }

    String jdbcUrl() {
        return isEmbedded() ? "jdbc:h2:file:" + dataDir.resolve("voicepact") + H2_OPTIONS : databaseUrl;
    }

    /** The Micronaut properties these settings imply; explicit properties given at start win over them. */
    Map<String, Object> micronautProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", jdbcUrl());
        properties.put("datasources.default.username", databaseUser);
        properties.put("datasources.default.password", databasePassword);
        properties.put("voicepact.default-country", defaultCountry);
        properties.put("voicepact.environment", environment);
        properties.put("voicepact.at.sandbox", Boolean.toString(variable("AT_API_KEY", null) == null));
        properties.put("voicepact.at.api-key-set", Boolean.toString(variable("AT_API_KEY", null) != null));
        properties.put("voicepact.at.username", variable("AT_USERNAME", "sandbox"));
        properties.put(PaymentProvider.PROPERTY, paymentProvider().word());
        properties.put(MpesaFactory.LOCAL_SANDBOX, Boolean.toString(mpesaLocalSandbox()));
        return properties;
    }

    /**
     * {@code PAYMENT_PROVIDER}: {@code mpesa} (the default) or {@code africastalking}.
     *
     * @throws StartupRefusedException for any other word
     */
    PaymentProvider paymentProvider() {
        return PaymentProvider.parse(variable("PAYMENT_PROVIDER", null));
    }

    /**
     * Refuses what the variables alone show the service cannot run on, before anything starts (no HTTP server, no
     * migration, no operator key made and shown): {@code PAYMENT_PROVIDER}; on M-Pesa {@code MPESA_ENVIRONMENT} whether or
     * not a key is set, the Daraja configuration when it is not the local sandbox, and the checkout limits against M-Pesa's.
     * The factories check the same again when they build the beans.
     *
     * @throws StartupRefusedException with the same one-line reason the factories give
     */
    void refuseWhatCannotRun() {
        for (String list : List.of("ALLOWED_IPS", "MPESA_CALLBACK_IPS")) { // read by the callback guard only at the first callback
            for (String entry : variable(list, "").split(",")) {
                if (!entry.isBlank()) {
                    try {
                        CallbackSettings.requireAddressBlock(entry);
                    } catch (IllegalArgumentException e) {
                        throw new StartupRefusedException(list + ": " + e.getMessage(), e);
                    }
                }
            }
        }
        PaymentProvider provider = paymentProvider();
        Optional<CollectionLimits> limits = Optional.empty();
        if (provider == PaymentProvider.MPESA) {
            try {
                DarajaEnvironment.parse(variable("MPESA_ENVIRONMENT", "sandbox"));
                if (!mpesaLocalSandbox()) {
                    DarajaConfig.fromEnvironment(variables());
                }
            } catch (IllegalArgumentException e) {
                throw e instanceof StartupRefusedException refused ? refused : new StartupRefusedException(e.getMessage(), e);
            }
            limits = Optional.of(DarajaPaymentGateway.COLLECTION_LIMITS);
        }
        CheckoutLimits.of(this, limits, provider.displayName());
    }

    /**
     * Whether the payment provider moves only pretend money, so the operator's test checkout outside any contract is
     * allowed: M-Pesa unless {@code MPESA_ENVIRONMENT=production}; Africa's Talking on the embedded default or with
     * {@code AT_USERNAME=sandbox} (as before M-Pesa came).
     */
    boolean paymentsInASandbox() {
        if (paymentProvider() == PaymentProvider.MPESA) {
            return !"production".equalsIgnoreCase(variable("MPESA_ENVIRONMENT", "sandbox"));
        }
        return isEmbedded() || "sandbox".equals(variable("AT_USERNAME", ""));
    }

    /**
     * Whether M-Pesa runs on the in-process Daraja sandbox: no {@code MPESA_CONSUMER_KEY} and not
     * {@code MPESA_ENVIRONMENT=production} (production without a key is refused, never quietly sandboxed).
     */
    boolean mpesaLocalSandbox() {
        return variable("MPESA_CONSUMER_KEY", null) == null && !"production".equalsIgnoreCase(variable("MPESA_ENVIRONMENT", "sandbox"));
    }

    private static Duration duration(String text) {
        try {
            Duration parsed = Duration.parse(text.strip());
            if (parsed.isNegative() || parsed.isZero()) {
                throw new IllegalArgumentException("must be positive");
            }
            return parsed;
        } catch (RuntimeException e) {
            throw new StartupRefusedException("VOICEPACT_CONFIRMATION_WINDOW must be a positive ISO-8601 duration such as PT24H, got '"
                    + text + "'", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
