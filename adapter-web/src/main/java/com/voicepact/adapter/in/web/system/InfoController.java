package com.voicepact.adapter.in.web.system;

import com.voicepact.adapter.in.web.openapi.Unauthenticated;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** {@code GET /} and {@code GET /info} as in the original product; features report what this build really has. */
@Controller
final class InfoController {

    private static final String APP = "VoicePact";
    private final String version;
    private final String commit;
    private final String environment;
    private final ProductFeatures features;

    InfoController(
            @Value("${voicepact.version:unknown}") String version,
            @Value("${voicepact.commit:}") String commit,
            @Value("${voicepact.environment:embedded}") String environment,
            @Nullable ProductFeatures features) {
        this.version = version;
        this.commit = commit.isBlank() ? null : commit;
        this.environment = environment;
        this.features = features == null ? ProductFeatures.none() : features;
    }

    @Serdeable
    record Root(String app, String version, String environment, String status) {}

    /** {@code version}: the build's Maven project version; {@code commit}: its git commit, or null when not known. */
    @Serdeable(naming = SnakeCaseStrategy.class)
    record Info(
            String appName,
            String version,
            @Nullable String commit,
            String environment,
            Map<String, Boolean> features,
            Map<String, String> providers) {}

    @Unauthenticated
    @Get
    Root root() {
        return new Root(APP, version, environment, "running");
    }

    @Unauthenticated
    @Get("/info")
    Info info() {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        flags.put("voice_processing", features.voiceProcessing());
        flags.put("sms_integration", features.smsIntegration());
        flags.put("payment_escrow", features.paymentEscrow());
        flags.put("ussd_support", features.ussdSupport());
        flags.put("contract_generation", true);
        flags.put("crypto_signatures", true);
        return new Info(APP, version, commit, environment, flags, new TreeMap<>(features.providers()));
    }
}
