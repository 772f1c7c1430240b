package com.voicepact.adapter.in.web.system;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.Map;

/** {@code GET /} and {@code GET /info} as in the original product; features report what this build really has. */
@Controller
final class InfoController {

    private static final String APP = "VoicePact";
    private final String version;
    private final String environment;

    InfoController(@Value("${voicepact.version:0.1.0}") String version,
                   @Value("${voicepact.environment:embedded}") String environment) {
        this.version = version;
        this.environment = environment;
    }

    @Serdeable
    record Root(String app, String version, String environment, String status) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record Info(String appName, String version, String environment, Map<String, Boolean> features) {
    }

    @Get
    Root root() {
        return new Root(APP, version, environment, "running");
    }

    @Get("/info")
    Info info() {
        return new Info(APP, version, environment, Map.of(
                "voice_processing", false,
                "sms_integration", false,
                "payment_escrow", false,
                "ussd_support", false,
                "contract_generation", true,
                "crypto_signatures", true));
    }
}
