package com.voicepact.bootstrap;

import com.voicepact.adapter.in.web.callback.CallbackSettings;
import com.voicepact.adapter.out.mpesa.DarajaPaymentGateway;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the service reads from its environment, read once at start ({@link #from}) into one tree of typed records
 * and validated there: a value the service cannot run on is refused with one line naming the variable
 * ({@link StartupRefusedException}; {@code Application.main} prints it and exits with status 2). The factories take their
 * branch of the tree and never read a variable by name. Every variable, its default and unit: {@link Variable} and
 * {@code docs/configuration.md} (kept equal by {@code ConfigurationTableTest}).
 *
 * @param callbacks the web adapter's own record: how provider callbacks are authenticated
 */
record VoicePactSettings(
        StorageSettings storage,
        ServiceSettings service,
        SecuritySettings security,
        EscrowSettings escrow,
        CallbackSettings callbacks,
        AfricasTalkingSettings africasTalking,
        MpesaSettings mpesa,
        SpeechSettings speech) {

    /**
     * Reads and checks every variable.
     *
     * @throws StartupRefusedException naming the variable at fault
     */
    static VoicePactSettings from(Map<String, String> variables) {
        return read(new EnvironmentVariables(variables));
    }

    static VoicePactSettings read(EnvironmentVariables env) {
        StorageSettings storage = StorageSettings.read(env);
        EscrowSettings escrow = EscrowSettings.read(env);
        return new VoicePactSettings(
                storage,
                ServiceSettings.read(env, storage.isEmbedded()),
                SecuritySettings.read(env, storage.isEmbedded()),
                escrow,
                CallbackVariables.read(env),
                AfricasTalkingSettings.read(env),
                MpesaSettings.read(env, escrow.provider()),
                SpeechSettings.read(env));
    }

    boolean isEmbedded() {
        return storage.isEmbedded();
    }

    PaymentProvider paymentProvider() {
        return escrow.provider();
    }

    /** The Micronaut properties these settings imply; explicit properties given at start win over them. */
    Map<String, Object> micronautProperties() {
        Map<String, Object> properties = new HashMap<>();
        service.port().ifPresent(port -> properties.put("micronaut.server.port", port));
        properties.put("datasources.default.url", storage.jdbcUrl());
        properties.put("datasources.default.username", storage.databaseUser());
        properties.put("datasources.default.password", storage.databasePassword());
        properties.put("voicepact.default-country", service.defaultCountry());
        properties.put("voicepact.environment", service.environment());
        properties.put("voicepact.at.sandbox", Boolean.toString(africasTalking.localSandbox()));
        properties.put("voicepact.at.api-key-set", Boolean.toString(!africasTalking.localSandbox()));
        properties.put("voicepact.at.username", africasTalking.username());
        properties.put(PaymentProvider.PROPERTY, paymentProvider().word());
        properties.put(MpesaFactory.LOCAL_SANDBOX, Boolean.toString(mpesa instanceof MpesaSettings.LocalDaraja));
        return properties;
    }

    /**
     * Refuses, before anything starts (no HTTP server, no migration, no operator key made and shown), checkout limits
     * outside M-Pesa's when M-Pesa moves the money. Everything else was checked when the settings were read.
     *
     * @throws StartupRefusedException with the same one-line reason the escrow factory gives
     */
    void refuseLimitsTheProviderRefuses() {
        CheckoutLimits.of(
                escrow.limits(),
                paymentProvider() == PaymentProvider.MPESA
                        ? Optional.of(DarajaPaymentGateway.COLLECTION_LIMITS)
                        : Optional.empty(),
                paymentProvider().displayName());
    }

    /**
     * Whether the payment provider moves only pretend money, so the operator's test checkout outside any contract is
     * allowed: M-Pesa unless {@code MPESA_ENVIRONMENT=production}; Africa's Talking on the embedded default or with
     * {@code AT_USERNAME=sandbox}.
     */
    boolean paymentsInASandbox() {
        if (paymentProvider() == PaymentProvider.MPESA) {
            return mpesa.sandbox();
        }
        return isEmbedded() || africasTalking.sandboxAccount();
    }
}
