package com.voicepact.bootstrap;

import com.voicepact.adapter.out.africastalking.AtConfig;

/**
 * Africa's Talking: with {@code AT_API_KEY} the service talks to AT (its sandbox exactly when {@code AT_USERNAME} is
 * {@code sandbox}); without it, the embedded default, to the local AT sandbox on {@code VOICEPACT_SANDBOX_PORT}.
 *
 * @param apiKey null: the local sandbox
 * @param voiceNumber {@code AT_VOICE_NUMBER}; null when not set (the local sandbox then uses {@link #LOCAL_VOICE_NUMBER})
 * @param baseUrl {@code AT_BASE_URL}, every AT call sent to one base URL; null when not set
 * @param sandboxPort the local sandbox's port (0: any free port)
 */
record AfricasTalkingSettings(
        String apiKey,
        String username,
        String paymentProductName,
        String voiceNumber,
        String ussdCode,
        String baseUrl,
        int sandboxPort) {

    /** The number the local sandbox's calls come from. */
    static final String LOCAL_VOICE_NUMBER = "+254711082000";

    static AfricasTalkingSettings read(EnvironmentVariables env) {
        return new AfricasTalkingSettings(
                env.given(Variable.AT_API_KEY),
                env.text(Variable.AT_USERNAME),
                env.text(Variable.AT_PAYMENT_PRODUCT_NAME),
                env.given(Variable.AT_VOICE_NUMBER),
                env.text(Variable.AT_USSD_SERVICE_CODE),
                env.url(Variable.AT_BASE_URL),
                env.port(Variable.VOICEPACT_SANDBOX_PORT));
    }

    /** No {@code AT_API_KEY}: the local sandbox in-process. */
    boolean localSandbox() {
        return apiKey == null;
    }

    /** Whether the AT account is AT's sandbox (test money only). */
    boolean sandboxAccount() {
        return "sandbox".equals(username);
    }

    /** The client's configuration for AT itself (not the local sandbox), pointed at {@code AT_BASE_URL} when set. */
    AtConfig remoteConfig() {
        AtConfig config = AtConfig.of(username, apiKey, paymentProductName, voiceNumber);
        return baseUrl == null ? config : config.pointedAt(baseUrl);
    }

    @Override
    public String toString() {
        return "AfricasTalkingSettings["
                + (localSandbox() ? "local sandbox on port " + sandboxPort : username + ", key set") + ", USSD "
                + ussdCode + "]";
    }
}
