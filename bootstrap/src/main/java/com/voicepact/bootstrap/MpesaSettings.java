package com.voicepact.bootstrap;

import com.voicepact.adapter.out.mpesa.DarajaConfig;
import com.voicepact.adapter.out.mpesa.DarajaEnvironment;
import com.voicepact.adapter.out.mpesa.DarajaVariables;
import java.util.HashMap;
import java.util.Map;

/**
 * Where M-Pesa payments go, as a type: the in-process Daraja (the embedded default), a configured Daraja (Safaricom's
 * sandbox or live), or nowhere because {@code PAYMENT_PROVIDER} names another provider.
 */
sealed interface MpesaSettings {

    /** No {@code MPESA_CONSUMER_KEY} and not {@code MPESA_ENVIRONMENT=production}: the local Daraja on {@code port} (0: any). */
    record LocalDaraja(int port) implements MpesaSettings {}

    /** Safaricom's sandbox or live Daraja, configured by the {@code MPESA_*} variables (refused at start when incomplete). */
    record Daraja(DarajaConfig config) implements MpesaSettings {}

    /** Another provider moves the money: the {@code MPESA_*} variables are not read. */
    record NotUsed() implements MpesaSettings {}

    /** Whether only pretend money moves: anything but live Daraja. */
    default boolean sandbox() {
        return !(this instanceof Daraja daraja) || daraja.config().environment() == DarajaEnvironment.SANDBOX;
    }

    /**
     * Production without a key is refused, never quietly sandboxed; an unknown {@code MPESA_ENVIRONMENT} is refused with
     * or without a key.
     *
     * @throws StartupRefusedException with the adapter's one-line reason, naming the variables at fault
     */
    static MpesaSettings read(EnvironmentVariables env, PaymentProvider provider) {
        if (provider != PaymentProvider.MPESA) {
            return new NotUsed();
        }
        try {
            DarajaEnvironment environment = DarajaEnvironment.parse(env.text(Variable.MPESA_ENVIRONMENT));
            if (env.given(Variable.MPESA_CONSUMER_KEY) == null && environment == DarajaEnvironment.SANDBOX) {
                return new LocalDaraja(env.port(Variable.VOICEPACT_DARAJA_SANDBOX_PORT));
            }
            return new Daraja(DarajaVariables.read(darajaValues(env)));
        } catch (IllegalArgumentException e) {
            throw e instanceof StartupRefusedException refused
                    ? refused
                    : new StartupRefusedException(e.getMessage(), e);
        }
    }

    /** The adapter's variables ({@link DarajaVariables#NAMES}), each read through its {@link Variable}. */
    private static Map<String, String> darajaValues(EnvironmentVariables env) {
        Map<String, String> values = new HashMap<>();
        for (String name : DarajaVariables.NAMES) {
            String value = env.given(Variable.valueOf(name));
            if (value != null) {
                values.put(name, value);
            }
        }
        return values;
    }
}
