package com.voicepact.bootstrap;

import com.voicepact.adapter.out.mpesa.DarajaClient;
import com.voicepact.adapter.out.mpesa.DarajaConfig;
import com.voicepact.adapter.out.mpesa.DarajaEnvironment;
import com.voicepact.adapter.out.mpesa.DarajaPaymentGateway;
import com.voicepact.adapter.out.mpesa.StkTransactionType;
import com.voicepact.application.escrow.port.out.PaymentCallbacksPort;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.operations.port.out.ComponentHealthPort;
import com.voicepact.sandbox.mpesa.DarajaSandbox;
import com.voicepact.sandbox.mpesa.DarajaSandboxSettings;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;

/**
 * Payments through M-Pesa Daraja ({@code PAYMENT_PROVIDER=mpesa}, the default). With {@code MPESA_CONSUMER_KEY} (or
 * {@code MPESA_ENVIRONMENT=production}) the client takes the configuration read at start ({@link MpesaSettings.Daraja},
 * refused then with the variables at fault); without, the embedded default,
 * an in-process Daraja sandbox is started and the client talks to it over HTTP, its callbacks pointed at this service
 * ({@link #callbackBase}).
 */
@Factory
@Requires(property = PaymentProvider.PROPERTY, value = "mpesa")
@Requires(property = "voicepact.mpesa.enabled", notEquals = "false")
class MpesaFactory {

    /** The Micronaut property set when the in-process Daraja sandbox carries M-Pesa ({@link MpesaSettings.LocalDaraja}). */
    static final String LOCAL_SANDBOX = "voicepact.mpesa.sandbox";
    /**
     * Where this service takes Daraja's callbacks, under its own base URL; {@link DarajaConfig} hangs {@code /stk},
     * {@code /b2c/result}, ... under it. The one place the local sandbox's callback path is decided.
     */
    static final String CALLBACK_PATH = "/api/v1/payments/callbacks";

    /** Only on the embedded default: the in-process Daraja, on {@code VOICEPACT_DARAJA_SANDBOX_PORT} (0, any free port, when unset). */
    @Singleton
    @Requires(property = LOCAL_SANDBOX, value = "true")
    @Bean(preDestroy = "close")
    DarajaSandbox darajaSandbox(VoicePactSettings env) {
        int port = env.mpesa() instanceof MpesaSettings.LocalDaraja local ? local.port() : 0;
        DarajaSandboxSettings settings =
                DarajaSandboxSettings.of(random(), random()).withPort(port);
        DarajaSandbox sandbox = DarajaSandbox.start(settings);
        sandbox.signCallbacksWith(env.callbacks().signingSecret());
        return sandbox;
    }

    /**
     * The client's configuration: against the local sandbox with Safaricom's sandbox values, or from the environment.
     *
     * @throws StartupRefusedException naming the variables at fault
     */
    @Singleton
    DarajaConfig darajaConfig(
            VoicePactSettings env, @Nullable DarajaSandbox local, BeanProvider<EmbeddedServer> server) {
        if (local == null) {
            if (env.mpesa() instanceof MpesaSettings.Daraja daraja) {
                return daraja.config();
            }
            throw new StartupRefusedException(
                    "M-Pesa has no Daraja configured (MPESA_CONSUMER_KEY) and no local sandbox");
        }
        EmbeddedServer self = server.get();
        if (!self.isRunning()) {
            // A random port (tests) is known only once the server listens; a job that runs earlier fails this once and
            // retries, rather than fixing a wrong callback URL into the singleton for good. Application.start resolves
            // it.
            throw new IllegalStateException(
                    "the local Daraja's callback URL is known once this service's HTTP server runs");
        }
        String base = callbackBase(self.getURI(), env.callbacks().token());
        return new DarajaConfig(
                DarajaEnvironment.SANDBOX,
                local.url().toString(),
                local.settings().consumerKey(),
                local.settings().consumerSecret(),
                local.settings().shortCode(),
                local.settings().passkey(),
                StkTransactionType.PAYBILL,
                null,
                local.settings().b2cShortCode(),
                DarajaConfig.SANDBOX_INITIATOR,
                random(),
                null,
                random(),
                base,
                List.of(),
                null,
                null);
    }

    @Singleton
    DarajaPaymentGateway darajaGateway(DarajaConfig config) {
        try {
            return new DarajaPaymentGateway(new DarajaClient(config, Clock.systemUTC()));
        } catch (IllegalArgumentException e) {
            throw new StartupRefusedException(e.getMessage(), e);
        }
    }

    @Singleton
    PaymentGatewayPort paymentGateway(DarajaPaymentGateway gateway) {
        return gateway;
    }

    /** {@code /health}'s payment component: whether Daraja answered lately (no circuit breaker guards Daraja's calls). */
    @Singleton
    @Named("payments")
    ComponentHealthPort paymentHealth(DarajaPaymentGateway gateway) {
        return gateway.health();
    }

    /** Daraja's callbacks at {@link #CALLBACK_PATH}, read by the gateway's translator (it shares the gateway's memory). */
    @Singleton
    PaymentCallbacksPort darajaCallbacks(DarajaPaymentGateway gateway) {
        return gateway.callbacks();
    }

    /**
     * The callback base URL of the service at {@code self}: {@link #CALLBACK_PATH}, then {@code /<token>} when
     * {@code VOICEPACT_CALLBACK_TOKEN} is set (the callback guard checks it), e.g.
     * {@code http://127.0.0.1:8080/api/v1/payments/callbacks/t0k3n}.
     */
    static String callbackBase(URI self, String token) {
        String base = self.toString().replace("://localhost", "://127.0.0.1");
        base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return base + CALLBACK_PATH + (token == null ? "" : "/" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    private static String random() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
