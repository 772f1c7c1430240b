package com.voicepact.bootstrap;

import com.voicepact.adapter.in.web.security.OperatorKeys;
import com.voicepact.adapter.out.persistence.UnusableDatabase;
import com.voicepact.application.escrow.PaymentSettings;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.sandbox.africastalking.AtSandbox;
import com.voicepact.sandbox.mpesa.DarajaSandbox;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;
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
            Optional<StartupRefusedException> refused = StartupRefusedException.in(e);
            if (refused.isEmpty()) { // not the configuration: the trace is logged, the reason closes the output
                LoggerFactory.getLogger(Application.class).error("VoicePact cannot start", e);
            }
            StartupNotice.refuse("VoicePact cannot start: "
                    + refused.map(Throwable::getMessage).orElseGet(() -> whyItFailed(e)));
            System.exit(refused.isPresent() ? 2 : 1);
            return;
        }
        EmbeddedServer server = context.getBean(EmbeddedServer.class);
        VoicePactSettings settings = context.getBean(VoicePactSettings.class);
        ServiceSettings service = settings.service();
        StartupNotice.tell(
                service,
                "VoicePact is running at " + server.getURI() + " (" + service.environment() + ", data in "
                        + (settings.isEmbedded() ? settings.storage().dataDir() : "the configured database") + ")");
        context.findBean(AtSandbox.class)
                .ifPresent(sandbox -> StartupNotice.tell(
                        service,
                        "Local Africa's Talking sandbox: " + sandbox.url() + "\nPhone simulator: "
                                + sandbox.simulatorUrl() + "\nUSSD code: "
                                + sandbox.settings().ussdCode()));
        context.findBean(DarajaSandbox.class)
                .ifPresent(sandbox -> StartupNotice.tell(
                        service,
                        "Payments: M-Pesa Daraja on the local sandbox " + sandbox.url()
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
        ApplicationContext context = new ThrowingMicronaut()
                .args(args)
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

    /**
     * Micronaut, which outside tests logs a failed start and exits with status 1 itself; here the failure reaches
     * {@link #main} instead, which ends the output with one line saying why (a refusal of the configuration: status 2).
     */
    private static final class ThrowingMicronaut extends Micronaut {
        @Override
        protected void handleStartupException(Environment environment, Throwable exception) {
            throw exception instanceof RuntimeException runtime ? runtime : new IllegalStateException(exception);
        }
    }

    /** The database driver's words when it could not be used (they name the address), else the deepest cause's. */
    static String whyItFailed(Throwable failure) {
        Throwable deepest = failure;
        while (deepest.getCause() != null) {
            deepest = deepest.getCause();
        }
        String words = deepest.getMessage() == null ? "see the log above" : deepest.getMessage();
        return UnusableDatabase.driverWords(failure)
                .map(said -> "the database cannot be used (DATABASE_URL): " + said)
                .orElse(words);
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
