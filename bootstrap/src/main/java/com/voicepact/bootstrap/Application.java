package com.voicepact.bootstrap;

import com.voicepact.adapter.in.web.security.OperatorKeys;
import com.voicepact.application.escrow.PaymentSettings;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.sandbox.africastalking.AtSandbox;
import com.voicepact.sandbox.mpesa.DarajaSandbox;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Starts the VoicePact service: {@code java -jar voicepact.jar} runs the embedded default. */
public final class Application {

    private Application() {}

    /** Starts the service; a configuration it cannot run on is printed as one line naming the variable, with exit status 2. */
    public static void main(String[] args) {
        ApplicationContext context;
        try {
            context = start(System.getenv(), Map.of(), args);
        } catch (RuntimeException e) {
            StartupRefusedException refused = StartupRefusedException.in(e).orElseThrow(() -> e);
            System.err.println("VoicePact cannot start: " + refused.getMessage());
            System.exit(2);
            return;
        }
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        VoicePactSettings settings = context.getBean(VoicePactSettings.class);
        System.out.println("VoicePact is running at " + server.getURI() + " ("
                + settings.service().environment() + ", data in "
                + (settings.isEmbedded() ? settings.storage().dataDir() : "the configured database") + ")");
        context.findBean(AtSandbox.class)
                .ifPresent(sandbox -> System.out.println("Local Africa's Talking sandbox: " + sandbox.url()
                        + "\nPhone simulator: " + sandbox.simulatorUrl() + "\nUSSD code: "
                        + sandbox.settings().ussdCode()));
        context.findBean(DarajaSandbox.class)
                .ifPresent(sandbox -> System.out.println("Payments: M-Pesa Daraja on the local sandbox " + sandbox.url()
                        + " (STK prompts on the phone simulator)"));
    }

    /**
     * Starts the service from an environment; {@code overrides} win over it (tests use them for ports).
     *
     * @throws StartupRefusedException (an {@link IllegalArgumentException}) when the configuration cannot run, naming the
     *         variable at fault; the service is then stopped again
     */
    public static ApplicationContext start(Map<String, String> env, Map<String, Object> overrides, String... args) {
        routeJavaUtilLoggingToLogback();
        VoicePactSettings settings = VoicePactSettings.from(env); // every variable read and checked, once
        Map<String, Object> properties = new HashMap<>(settings.micronautProperties());
        properties.putAll(BuildInfo.read().micronautProperties());
        properties.putAll(overrides);
        if (!"false"
                .equals(String.valueOf(properties.get("voicepact.mpesa.enabled")))) { // tests wire in-memory providers
            settings.refuseLimitsTheProviderRefuses();
        }
        ApplicationContext context = Micronaut.build(args)
                .mainClass(Application.class)
                // the banner is no JSON: with LOG_FORMAT=json every line on stdout must be one object
                .banner(!"json".equals(settings.service().logFormat()))
                .properties(properties)
                .singletons(settings)
                .start();
        try {
            // Resolve the secrets now: a first start prints its new operator key, a broken one fails at once.
            context.getBean(OperatorKeys.class);
            context.getBean(AuditChain.class);
            String self = context.getBean(EmbeddedServer.class).getURI().toString();
            context.findBean(AtSandbox.class)
                    .ifPresent(sandbox -> sandbox.pointCallbacksAt(self.replace("localhost", "127.0.0.1")));
            // The payment wiring too (it needs the server's address for the local sandbox's callbacks): a configuration
            // it cannot run on is refused now, not at the first checkout.
            context.getBean(PaymentGatewayPort.class);
            context.getBean(PaymentSettings.class);
            showDarajaPromptsOnThePhoneSimulator(context);
        } catch (RuntimeException e) {
            context.close();
            throw StartupRefusedException.in(e)
                    .<RuntimeException>map(refused -> refused)
                    .orElse(e);
        }
        return context;
    }

    /** The core logs through java.util.logging: its lines go to logback's appender too (plain or JSON, one format). */
    private static synchronized void routeJavaUtilLoggingToLogback() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    /** Both sandboxes in-process: the AT phone simulator page shows the local Daraja's STK prompts (the adapters stay apart). */
    private static void showDarajaPromptsOnThePhoneSimulator(ApplicationContext context) {
        context.findBean(AtSandbox.class)
                .ifPresent(at -> context.findBean(DarajaSandbox.class)
                        .ifPresent(daraja -> at.showPaymentsFrom(daraja.url().resolve(DarajaSandbox.SIMULATOR_API))));
    }
}
