package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.adapter.out.mpesa.DarajaVariables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoicePactSettingsTest {

    /** The SHA-256 of some operator key, as VOICEPACT_API_KEYS holds it. */
    private static final String A_KEY_HASH = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @TempDir
    static Path certificateDir;

    /** What Safaricom's sandbox needs besides the key (the published test values stand in for the rest). */
    private static Map<String, String> safaricomSandbox() {
        return new HashMap<>(Map.of(
                "MPESA_CONSUMER_KEY",
                "k",
                "MPESA_CONSUMER_SECRET",
                "s",
                "MPESA_INITIATOR_PASSWORD",
                "p",
                "MPESA_CALLBACK_BASE_URL",
                "https://pay.example.org/api/v1/payments/callbacks"));
    }

    private static Map<String, String> liveDaraja() throws IOException {
        Map<String, String> env = safaricomSandbox();
        Path certificate = Files.writeString(certificateDir.resolve("daraja.cer"), "not parsed at start, only read");
        env.putAll(Map.of(
                "MPESA_ENVIRONMENT",
                "production",
                "MPESA_SHORTCODE",
                "4123456",
                "MPESA_PASSKEY",
                "live",
                "MPESA_B2C_SHORTCODE",
                "3012345",
                "MPESA_INITIATOR_NAME",
                "voicepact-api",
                "MPESA_CERTIFICATE_PATH",
                certificate.toString()));
        return env;
    }

    @Test
    void givenEmptyEnvironment_whenRead_thenEmbeddedH2UnderData() {
        VoicePactSettings settings = VoicePactSettings.from(Map.of());
        assertThat(settings.isEmbedded()).isTrue();
        assertThat(settings.storage().jdbcUrl())
                .startsWith("jdbc:h2:file:")
                .contains("/data/voicepact")
                .contains("MODE=PostgreSQL")
                .as("each commit written before it returns (survives a kill)")
                .endsWith(";WRITE_DELAY=0");
        assertThat(settings.service().confirmationWindow()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.service().environment()).isEqualTo("embedded");
    }

    @Test
    void givenDatabaseUrl_whenRead_thenThatUrlAndProduction() {
        VoicePactSettings settings = VoicePactSettings.from(Map.of(
                "DATABASE_URL",
                "jdbc:postgresql://db/voicepact",
                "VOICEPACT_API_KEYS",
                " aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa , 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef ,",
                "VOICEPACT_CONFIRMATION_WINDOW",
                "PT2H"));
        assertThat(settings.storage().jdbcUrl()).isEqualTo("jdbc:postgresql://db/voicepact");
        assertThat(settings.security().apiKeyHashes())
                .containsExactly(
                        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        assertThat(settings.service().confirmationWindow()).isEqualTo(Duration.ofHours(2));
        assertThat(settings.service().environment()).isEqualTo("production");
    }

    /**
     * Production mode ({@code DATABASE_URL}) without operator keys is refused, saying how to make one (before: it started,
     * every operator call answered 401, and only a WARN line said why).
     */
    @Test
    void givenDatabaseUrlWithoutOperatorKeys_whenRead_thenRefusedSayingHowToMakeOne() {
        for (String keys : new String[] {null, "", " , "}) {
            Map<String, String> env = new HashMap<>(Map.of("DATABASE_URL", "jdbc:postgresql://db/voicepact"));
            if (keys != null) {
                env.put("VOICEPACT_API_KEYS", keys);
            }
            assertThatThrownBy(() -> VoicePactSettings.from(env))
                    .as("VOICEPACT_API_KEYS=" + keys)
                    .isInstanceOf(StartupRefusedException.class)
                    .hasMessageStartingWith("VOICEPACT_API_KEYS must be set when DATABASE_URL is (production mode)")
                    .hasMessageContaining("openssl rand -base64 32")
                    .hasMessageContaining("X-API-Key")
                    .hasMessageContaining("sha256sum")
                    .hasMessageNotContaining("\n");
        }
        assertThat(VoicePactSettings.from(Map.of()).security().apiKeyHashes())
                .as("the embedded default makes its own key")
                .isEmpty();
    }

    /** {@code DATABASE_URL=} (set, empty) is refused, not read as absent (before: H2 under the data directory, silently). */
    @Test
    void givenAnEmptyDatabaseUrl_whenRead_thenRefusedInsteadOfTheEmbeddedH2() {
        for (String empty : new String[] {"", "   "}) {
            assertThatThrownBy(() ->
                            VoicePactSettings.from(Map.of("DATABASE_URL", empty, "VOICEPACT_API_KEYS", A_KEY_HASH)))
                    .as("DATABASE_URL='" + empty + "'")
                    .isInstanceOf(StartupRefusedException.class)
                    .hasMessage("DATABASE_URL is set but empty: give the PostgreSQL JDBC URL"
                            + " (jdbc:postgresql://HOST:5432/DATABASE), or unset it for the embedded H2 database under"
                            + " VOICEPACT_DATA_DIR");
        }
    }

    /** The operator's test checkout moves no real money: only where the payment provider is a sandbox. */
    @Test
    void givenEachPaymentSetup_whenAskedForTheTestCheckout_thenOnlyASandboxProviderAllowsIt() throws IOException {
        assertThat(VoicePactSettings.from(Map.of()).paymentsInASandbox())
                .as("the local Daraja")
                .isTrue();
        assertThat(VoicePactSettings.from(safaricomSandbox()).paymentsInASandbox())
                .as("Safaricom's sandbox")
                .isTrue();
        assertThat(VoicePactSettings.from(liveDaraja()).paymentsInASandbox())
                .as("live M-Pesa, even on the embedded H2 and with AT's sandbox username")
                .isFalse();
        assertThat(VoicePactSettings.from(Map.of(
                                "PAYMENT_PROVIDER",
                                "africastalking",
                                "AT_USERNAME",
                                "sandbox",
                                "DATABASE_URL",
                                "jdbc:x",
                                "VOICEPACT_API_KEYS",
                                A_KEY_HASH))
                        .paymentsInASandbox())
                .isTrue();
        assertThat(VoicePactSettings.from(Map.of(
                                "PAYMENT_PROVIDER",
                                "africastalking",
                                "AT_USERNAME",
                                "voicepact",
                                "DATABASE_URL",
                                "jdbc:x",
                                "VOICEPACT_API_KEYS",
                                A_KEY_HASH))
                        .paymentsInASandbox())
                .isFalse();
    }

    @Test
    void givenInvalidWindow_whenRead_thenRefusedWithTheVariableName() {
        assertThatThrownBy(() -> VoicePactSettings.from(Map.of("VOICEPACT_CONFIRMATION_WINDOW", "tomorrow")))
                .hasMessageContaining("VOICEPACT_CONFIRMATION_WINDOW");
    }

    /** Each value of the wrong shape is refused when read, in one line naming its variable (before: a stack trace, or ignored). */
    @Test
    void givenAValueOfTheWrongShape_whenRead_thenOneLineNamingTheVariable() {
        Map<String, String> refusals = Map.of(
                "ESCROW_TIMEOUT", "ESCROW_TIMEOUT must be a whole number, got '7d'",
                "PAYMENT_RETRY_ENABLED", "PAYMENT_RETRY_ENABLED must be true or false, got 'yes'",
                "VOICEPACT_CHECKOUT_WINDOW",
                        "VOICEPACT_CHECKOUT_WINDOW must be a positive ISO-8601 duration such as PT5M, got '5m'",
                "VOICEPACT_SANDBOX_PORT", "VOICEPACT_SANDBOX_PORT must be a port from 0 to 65535, got 70000",
                "VOICEPACT_DEFAULT_COUNTRY",
                        "VOICEPACT_DEFAULT_COUNTRY must be a two-letter country code such as KE, got 'KENYA'",
                "VOICEPACT_DEFAULT_LANGUAGE", "VOICEPACT_DEFAULT_LANGUAGE: unknown language 'fr', expected en or sw",
                "PAYMENT_RETRY_DELAY", "PAYMENT_RETRY_DELAY must be a number of seconds, 0 or more, got -1",
                "LOG_FORMAT", "LOG_FORMAT must be plain or json, got 'xml'");
        Map<String, String> values = Map.of(
                "ESCROW_TIMEOUT",
                "7d",
                "PAYMENT_RETRY_ENABLED",
                "yes",
                "VOICEPACT_CHECKOUT_WINDOW",
                "5m",
                "VOICEPACT_SANDBOX_PORT",
                "70000",
                "VOICEPACT_DEFAULT_COUNTRY",
                "kenya",
                "VOICEPACT_DEFAULT_LANGUAGE",
                "fr",
                "PAYMENT_RETRY_DELAY",
                "-1",
                "LOG_FORMAT",
                "XML");
        refusals.forEach((variable, message) -> assertThatThrownBy(
                        () -> VoicePactSettings.from(Map.of(variable, values.get(variable))))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage(message)
                .hasMessageNotContaining("\n"));
    }

    /**
     * The values the fresh-eyes check found past the start-up check (before: the service migrated, listened, made an
     * operator key, then died with a stack trace, exit 1; or started on a value it could not use).
     */
    @Test
    void givenAKeyUrlWindowOrDirectoryItCannotUse_whenRead_thenOneLineNamingTheVariable() throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("not-a-dir", ".txt");
        Map<String, String[]> refusals = Map.of(
                "VOICEPACT_AUDIT_KEY", new String[] {"short", "VOICEPACT_AUDIT_KEY must be at least 32 bytes long"},
                "VOICEPACT_REFERENCE_KEY",
                        new String[] {"short", "VOICEPACT_REFERENCE_KEY must be at least 32 bytes long"},
                "VOICEPACT_API_KEYS",
                        new String[] {
                            "nothex",
                            "VOICEPACT_API_KEYS entry 1 must be the SHA-256 of an operator key,"
                                    + " 64 hex digits (printf %s KEY | sha256sum)"
                        },
                "AT_BASE_URL",
                        new String[] {
                            "notaurl",
                            "AT_BASE_URL must be an http or https URL such as https://api.africastalking.com, got 'notaurl'"
                        },
                "VOICEPACT_STT_URL",
                        new String[] {
                            "ftp://x/",
                            "VOICEPACT_STT_URL must be an http or https URL such as https://api.africastalking.com, got 'ftp://x/'"
                        },
                "ESCROW_TIMEOUT", new String[] {"0", "ESCROW_TIMEOUT must be a number of seconds above 0, got 0"},
                "VOICEPACT_DATA_DIR",
                        new String[] {
                            file + "/data",
                            "VOICEPACT_DATA_DIR must be a directory the service can create and write, got '" + file
                                    + "/data'"
                        });
        refusals.forEach((variable, given) -> assertThatThrownBy(
                        () -> VoicePactSettings.from(Map.of(variable, given[0])))
                .as(variable)
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage(given[1])
                .hasMessageNotContaining("\n"));
    }

    @Test
    void givenTheOtherSpellingOfTheSpeechKey_whenRead_thenUsedOnlyWhenTheCanonicalOneIsAbsent() {
        assertThat(VoicePactSettings.from(Map.of("OPENAI_API_KEY", "sk-other"))
                        .speech()
                        .apiKey())
                .isEqualTo("sk-other");
        assertThat(VoicePactSettings.from(Map.of("OPENAI_API_KEY", "sk-other", "VOICEPACT_STT_API_KEY", "sk-canonical"))
                        .speech()
                        .apiKey())
                .isEqualTo("sk-canonical");
    }

    /** A country VoicePact has no currency for would leave a voice deal with no currency to fall back on. */
    @Test
    void givenADefaultCountryWithoutACurrency_whenRead_thenRefusedInOneLineNamingTheCountries() {
        assertThatThrownBy(() -> VoicePactSettings.from(Map.of("VOICEPACT_DEFAULT_COUNTRY", "us")))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage("VOICEPACT_DEFAULT_COUNTRY must be a country VoicePact has a currency for "
                        + "(KE, UG, TZ, RW, MW, ZM, NG), got 'US'")
                .hasMessageNotContaining("\n");
        assertThat(VoicePactSettings.from(Map.of("VOICEPACT_DEFAULT_COUNTRY", "rw"))
                        .service()
                        .defaultCountry())
                .isEqualTo("RW");
    }

    @Test
    void givenTheDefaultCountry_whenRead_thenOnceInTheTreeAndHandedToTheWebAdapterAsOneProperty() {
        VoicePactSettings settings = VoicePactSettings.from(Map.of("VOICEPACT_DEFAULT_COUNTRY", "ug"));
        assertThat(settings.service().defaultCountry()).isEqualTo("UG");
        assertThat(settings.micronautProperties()).containsEntry("voicepact.default-country", "UG");
    }

    /** No catalogued variable is dead: reading the embedded default and a live Daraja setup touches every one of them. */
    @Test
    void givenEverySetup_whenRead_thenEveryCataloguedVariableIsRead() throws IOException {
        Set<Variable> read = EnumSet.noneOf(Variable.class);
        for (Map<String, String> setup : java.util.List.of(Map.<String, String>of(), liveDaraja())) {
            EnvironmentVariables env = new EnvironmentVariables(setup);
            VoicePactSettings.read(env);
            read.addAll(env.read());
        }
        assertThat(EnumSet.complementOf(EnumSet.copyOf(read)))
                .as("catalogued but never read")
                .isEmpty();
    }

    /** The M-Pesa adapter reads its variables from what the tree hands it: each of its names is catalogued. */
    @Test
    void givenTheDarajaAdaptersNames_whenLookedUp_thenEachIsACataloguedVariable() {
        assertThat(DarajaVariables.NAMES)
                .allSatisfy(name -> assertThat(Arrays.stream(Variable.values()).map(Enum::name))
                        .contains(name));
    }
}
