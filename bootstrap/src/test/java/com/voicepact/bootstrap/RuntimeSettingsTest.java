package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuntimeSettingsTest {

    @Test
    void givenEmptyEnvironment_whenRead_thenEmbeddedH2UnderData() {
        RuntimeSettings settings = RuntimeSettings.from(Map.of());
        assertThat(settings.isEmbedded()).isTrue();
        assertThat(settings.jdbcUrl()).startsWith("jdbc:h2:file:").contains("/data/voicepact").contains("MODE=PostgreSQL")
                .as("each commit written before it returns (survives a kill)").endsWith(";WRITE_DELAY=0");
        assertThat(settings.confirmationWindow()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.environment()).isEqualTo("embedded");
    }

    @Test
    void givenDatabaseUrl_whenRead_thenThatUrlAndProduction() {
        RuntimeSettings settings = RuntimeSettings.from(Map.of("DATABASE_URL", "jdbc:postgresql://db/voicepact",
                "VOICEPACT_API_KEYS", " abc , def ,", "VOICEPACT_CONFIRMATION_WINDOW", "PT2H"));
        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://db/voicepact");
        assertThat(settings.apiKeyHashes()).containsExactly("abc", "def");
        assertThat(settings.confirmationWindow()).isEqualTo(Duration.ofHours(2));
        assertThat(settings.environment()).isEqualTo("production");
    }

    /** The operator's test checkout moves no real money: only where the payment provider is a sandbox. */
    @Test
    void givenEachPaymentSetup_whenAskedForTheTestCheckout_thenOnlyASandboxProviderAllowsIt() {
        assertThat(RuntimeSettings.from(Map.of()).paymentsInASandbox()).as("the local Daraja").isTrue();
        assertThat(RuntimeSettings.from(Map.of("MPESA_CONSUMER_KEY", "k")).paymentsInASandbox()).as("Safaricom's sandbox").isTrue();
        assertThat(RuntimeSettings.from(Map.of("MPESA_ENVIRONMENT", "production", "MPESA_CONSUMER_KEY", "k")).paymentsInASandbox())
                .as("live M-Pesa, even on the embedded H2 and with AT's sandbox username").isFalse();
        assertThat(RuntimeSettings.from(Map.of("PAYMENT_PROVIDER", "africastalking", "AT_USERNAME", "sandbox", "DATABASE_URL", "jdbc:x"))
                .paymentsInASandbox()).isTrue();
        assertThat(RuntimeSettings.from(Map.of("PAYMENT_PROVIDER", "africastalking", "AT_USERNAME", "voicepact", "DATABASE_URL", "jdbc:x"))
                .paymentsInASandbox()).isFalse();
    }

    @Test
    void givenInvalidWindow_whenRead_thenRefusedWithTheVariableName() {
        assertThatThrownBy(() -> RuntimeSettings.from(Map.of("VOICEPACT_CONFIRMATION_WINDOW", "tomorrow")))
                .hasMessageContaining("VOICEPACT_CONFIRMATION_WINDOW");
    }
}
