package com.voicepact.bootstrap;

import com.voicepact.adapter.out.africastalking.AtConfig;
import com.voicepact.adapter.out.africastalking.AtPaymentGateway;
import com.voicepact.adapter.out.africastalking.AtResilience;
import com.voicepact.adapter.out.africastalking.AtSmsGateway;
import com.voicepact.adapter.out.africastalking.AtVoiceGateway;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.operations.port.out.ComponentHealthPort;
import com.voicepact.application.operations.port.out.ProviderCircuitsPort;
import com.voicepact.application.phone.port.out.SmsGatewayPort;
import com.voicepact.application.voice.port.out.VoiceGatewayPort;
import com.voicepact.sandbox.africastalking.AtSandbox;
import com.voicepact.sandbox.africastalking.SandboxSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/**
 * The Africa's Talking client. With {@code AT_API_KEY} it talks to AT (sandbox or live by
 * {@code AT_USERNAME}); without it, the embedded default, a local AT sandbox is started in-process
 * and the client talks to it over HTTP, so the whole product runs offline. AT carries SMS, USSD and voice always, and
 * payments only with {@code PAYMENT_PROVIDER=africastalking}.
 */
@Factory
@Requires(property = "voicepact.africastalking.enabled", notEquals = "false")
class AfricasTalkingFactory {

    /** Only on the embedded default (no {@code AT_API_KEY}): the in-process sandbox. */
    @Singleton
    @Requires(property = "voicepact.at.sandbox", value = "true")
    @Bean(preDestroy = "close")
    AtSandbox sandbox(VoicePactSettings env) {
        AfricasTalkingSettings at = env.africasTalking();
        byte[] key = new byte[16];
        new SecureRandom().nextBytes(key);
        // The sandbox calls back the way the callback guard is configured to check: the URL token and the signature.
        SandboxSettings settings = new SandboxSettings(
                at.sandboxPort(),
                HexFormat.of().formatHex(key),
                at.ussdCode(),
                "40404",
                null,
                null,
                null,
                null,
                env.callbacks().signingSecret(),
                false,
                null,
                env.callbacks().token(),
                operatorKeyFile(env),
                null);
        AtSandbox sandbox = AtSandbox.start(settings);
        sandbox.readLocalNumbersIn(env.service().defaultCountry()); // the simulator reads 0712... as the service does
        return sandbox;
    }

    /** Where the embedded service keeps the operator key it made (null when keys are configured: no such file). */
    private static String operatorKeyFile(VoicePactSettings env) {
        return env.security().apiKeyHashes().isEmpty()
                ? env.storage()
                        .dataDir()
                        .resolve(SecurityFactory.OPERATOR_KEY_FILE)
                        .toString()
                : null;
    }

    @Singleton
    AtConfig atConfig(VoicePactSettings env, @Nullable AtSandbox local) {
        AfricasTalkingSettings at = env.africasTalking();
        if (local != null) {
            String number = at.voiceNumber() != null ? at.voiceNumber() : AfricasTalkingSettings.LOCAL_VOICE_NUMBER;
            return AtConfig.of("sandbox", local.settings().apiKey(), "VoicePact", number)
                    .pointedAt(local.url().toString());
        }
        return at.remoteConfig();
    }

    @Singleton
    AtResilience resilience(AtConfig config, VoicePactSettings env) {
        return env.paymentProvider() == PaymentProvider.AFRICASTALKING
                ? new AtResilience(Clock.systemUTC(), config.retryInitialInterval())
                : AtResilience.withoutPayments(Clock.systemUTC(), config.retryInitialInterval());
    }

    @Singleton
    ProviderCircuitsPort circuits(AtResilience resilience) {
        return resilience;
    }

    @Singleton
    SmsGatewayPort smsGateway(AtConfig config, AtResilience resilience) {
        return new AtSmsGateway(config, resilience);
    }

    @Singleton
    VoiceGatewayPort voiceGateway(AtConfig config, AtResilience resilience) {
        return new AtVoiceGateway(config, resilience);
    }

    /** Only with {@code PAYMENT_PROVIDER=africastalking}: AT's payments (M-Pesa Daraja otherwise, {@link MpesaFactory}). */
    @Singleton
    @Requires(property = PaymentProvider.PROPERTY, value = "africastalking")
    PaymentGatewayPort paymentGateway(AtConfig config, AtResilience resilience) {
        return new AtPaymentGateway(config, resilience);
    }

    @Singleton
    @Named("sms")
    ComponentHealthPort smsHealth(AtResilience resilience) {
        return resilience.health().get(0);
    }

    @Singleton
    @Named("voice")
    ComponentHealthPort voiceHealth(AtResilience resilience) {
        return resilience.health().get(1);
    }

    @Singleton
    @Named("payments")
    @Requires(property = PaymentProvider.PROPERTY, value = "africastalking")
    ComponentHealthPort paymentHealth(AtResilience resilience) {
        return resilience.health().get(2);
    }
}
