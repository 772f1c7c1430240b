package com.voicepact.bootstrap;

import com.voicepact.adapter.out.africastalking.AtConfig;
import com.voicepact.adapter.out.africastalking.AtPaymentGateway;
import com.voicepact.adapter.out.africastalking.AtResilience;
import com.voicepact.adapter.out.africastalking.AtSmsGateway;
import com.voicepact.adapter.out.africastalking.AtVoiceGateway;
import com.voicepact.sandbox.africastalking.AtSandbox;
import com.voicepact.sandbox.africastalking.SandboxSettings;
import com.voicepact.application.port.out.ComponentHealthPort;
import com.voicepact.application.port.out.PaymentGatewayPort;
import com.voicepact.application.port.out.ProviderCircuitsPort;
import com.voicepact.application.port.out.SmsGatewayPort;
import com.voicepact.application.port.out.VoiceGatewayPort;
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
    AtSandbox sandbox(RuntimeSettings env) {
        byte[] key = new byte[16];
        new SecureRandom().nextBytes(key);
        // The sandbox calls back the way the callback guard is configured to check: the URL token and the signature.
        SandboxSettings settings = new SandboxSettings((int) env.number("VOICEPACT_SANDBOX_PORT", 8081), HexFormat.of().formatHex(key),
                env.variable("AT_USSD_SERVICE_CODE", "*384*123#"), "40404", null, null, null, null,
                env.variable("WEBHOOK_SECRET", null), false, null, env.variable("VOICEPACT_CALLBACK_TOKEN", null));
        return AtSandbox.start(settings);
    }

    @Singleton
    AtConfig atConfig(RuntimeSettings env, @Nullable AtSandbox local) {
        if (local != null) {
            return AtConfig.of("sandbox", local.settings().apiKey(), "VoicePact", env.variable("AT_VOICE_NUMBER", "+254711082000"))
                    .pointedAt(local.url().toString());
        }
        AtConfig config = AtConfig.of(env.variable("AT_USERNAME", "sandbox"), env.variable("AT_API_KEY", null),
                env.variable("AT_PAYMENT_PRODUCT_NAME", "VoicePact"), env.variable("AT_VOICE_NUMBER", null));
        String base = env.variable("AT_BASE_URL", null);
        return base == null ? config : config.pointedAt(base);
    }

    @Singleton
    AtResilience resilience(AtConfig config, RuntimeSettings env) {
        return env.paymentProvider() == PaymentProvider.AFRICASTALKING ? new AtResilience(Clock.systemUTC(), config.retryInitialInterval())
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
