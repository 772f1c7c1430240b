package com.voicepact.bootstrap;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.messaging.Language;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The service as people meet it.
 *
 * @param environment {@code VOICEPACT_ENVIRONMENT}, reported by {@code /info}: {@code embedded} on H2, else {@code production}
 * @param port {@code MICRONAUT_SERVER_PORT}, the HTTP port (0: any free port), checked here; empty when not set (Micronaut's
 *        own {@code application.properties} say 8080, and a {@code -Dmicronaut.server.port} still wins)
 * @param defaultCountry {@code VOICEPACT_DEFAULT_COUNTRY}, the region local phone forms ({@code 0712 345 678}) are read in
 *        and whose currency a call's is when neither named nor given by the parties' phones; one of the countries of
 *        {@code CurrencyCode}; read here once and handed to the web adapter and the voice drafts
 * @param defaultLanguage {@code VOICEPACT_DEFAULT_LANGUAGE}, of phones that have not chosen one
 * @param confirmationWindow {@code VOICEPACT_CONFIRMATION_WINDOW}, how long parties have to confirm a contract
 * @param logFormat {@code LOG_FORMAT}, {@code plain} (lines for people) or {@code json} (one JSON object per line);
 *        logback reads the variable itself ({@code logback.xml}, {@link LogFormat}) before this check runs
 */
record ServiceSettings(
        String environment,
        OptionalInt port,
        String defaultCountry,
        Language defaultLanguage,
        Duration confirmationWindow,
        String logFormat) {

    static ServiceSettings read(EnvironmentVariables env, boolean embedded) {
        String environment = env.given(Variable.VOICEPACT_ENVIRONMENT);
        return new ServiceSettings(
                environment != null ? environment : embedded ? "embedded" : "production",
                env.given(Variable.MICRONAUT_SERVER_PORT) == null
                        ? OptionalInt.empty()
                        : OptionalInt.of(env.port(Variable.MICRONAUT_SERVER_PORT)),
                region(env),
                language(env),
                env.isoDuration(Variable.VOICEPACT_CONFIRMATION_WINDOW),
                logFormat(env));
    }

    private static String logFormat(EnvironmentVariables env) {
        String format = env.text(Variable.LOG_FORMAT).toLowerCase(Locale.ROOT);
        EnvironmentVariables.refuseIf(
                !LogFormat.FORMATS.contains(format), "LOG_FORMAT must be plain or json, got '" + format + "'");
        return format;
    }

    private static String region(EnvironmentVariables env) {
        String region = env.text(Variable.VOICEPACT_DEFAULT_COUNTRY).toUpperCase(Locale.ROOT);
        EnvironmentVariables.refuseIf(
                !PhoneNumberUtil.getInstance().getSupportedRegions().contains(region),
                "VOICEPACT_DEFAULT_COUNTRY must be a two-letter country code such as KE, got '" + region + "'");
        EnvironmentVariables.refuseIf(
                CurrencyCode.ofCountry(region).isEmpty(),
                "VOICEPACT_DEFAULT_COUNTRY must be a country VoicePact has a currency for ("
                        + Arrays.stream(CurrencyCode.values())
                                .map(CurrencyCode::country)
                                .collect(Collectors.joining(", "))
                        + "), got '" + region + "'");
        return region;
    }

    private static Language language(EnvironmentVariables env) {
        try {
            return Language.parse(env.text(Variable.VOICEPACT_DEFAULT_LANGUAGE));
        } catch (InvalidValueException e) {
            throw new StartupRefusedException("VOICEPACT_DEFAULT_LANGUAGE: " + e.getMessage(), e);
        }
    }
}
