package com.voicepact.adapter.out.mpesa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.sandbox.mpesa.DarajaSandbox;
import com.voicepact.sandbox.mpesa.DarajaSandboxSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The configuration from environment variables: production refuses to start incomplete, callback URLs Safaricom accepts. */
class DarajaConfigTest {

    private static Map<String, String> production() {
        Map<String, String> env = new HashMap<>();
        env.put("MPESA_ENVIRONMENT", "production");
        env.put("MPESA_CONSUMER_KEY", "key");
        env.put("MPESA_CONSUMER_SECRET", "secret");
        env.put("MPESA_SHORTCODE", "4123456");
        env.put("MPESA_PASSKEY", "live-passkey");
        env.put("MPESA_B2C_SHORTCODE", "3012345");
        env.put("MPESA_INITIATOR_NAME", "voicepact-api");
        env.put("MPESA_INITIATOR_PASSWORD", "Secret#2026");
        env.put("MPESA_CERTIFICATE_PATH", TestCertificate.get().pem.toString());
        env.put("MPESA_CALLBACK_BASE_URL", "https://voicepact.example/api/v1/payments/daraja/t0k3n/");
        env.put("MPESA_CALLBACK_IPS", "196.201.214.200, 196.201.212.0/22");
        return env;
    }

    @Test
    void givenEveryProductionValue_whenRead_thenTheLiveHostAndCallbackUrlsUnderTheBase() {
        DarajaConfig config = DarajaVariables.read(production());

        assertThat(config.environment()).isEqualTo(DarajaEnvironment.PRODUCTION);
        assertThat(config.baseUrl()).isEqualTo("https://api.safaricom.co.ke");
        assertThat(config.transactionType()).isEqualTo(StkTransactionType.PAYBILL);
        assertThat(config.partyB()).isEqualTo("4123456");
        assertThat(config.ipAllowlist()).containsExactly("196.201.214.200", "196.201.212.0/22");
        assertThat(config.stkCallbackUrl()).isEqualTo("https://voicepact.example/api/v1/payments/daraja/t0k3n/stk");
        List<String> urls = List.of(
                config.stkCallbackUrl(),
                config.b2cResultUrl(),
                config.b2cTimeoutUrl(),
                config.statusResultUrl(),
                config.statusTimeoutUrl(),
                config.reversalResultUrl(),
                config.reversalTimeoutUrl(),
                config.balanceResultUrl(),
                config.balanceTimeoutUrl());
        assertThat(urls)
                .doesNotHaveDuplicates()
                .allSatisfy(url -> assertThat(DarajaCallbackUrls.FORBIDDEN_WORDS)
                        .noneMatch(word -> url.toLowerCase(Locale.ROOT).contains(word)));
        assertThat(config.toString()).doesNotContain("secret", "Secret#2026", "live-passkey");
    }

    @Test
    void givenProductionWithNothingSet_whenRead_thenOneMessageNamesEveryMissingValue() {
        assertThatThrownBy(() -> DarajaVariables.read(Map.of("MPESA_ENVIRONMENT", "production")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("M-Pesa production configuration is incomplete: MPESA_CONSUMER_KEY, MPESA_CONSUMER_SECRET, "
                        + "MPESA_CALLBACK_BASE_URL, MPESA_INITIATOR_PASSWORD, MPESA_SHORTCODE, MPESA_PASSKEY, MPESA_B2C_SHORTCODE, "
                        + "MPESA_INITIATOR_NAME, MPESA_CERTIFICATE_PATH are not set");
    }

    @Test
    void givenProductionWithOneValueMissing_whenRead_thenItIsNamed() {
        Map<String, String> env = production();
        env.remove("MPESA_PASSKEY");

        assertThatThrownBy(() -> DarajaVariables.read(env))
                .hasMessage("M-Pesa production configuration is incomplete: MPESA_PASSKEY is not set");
    }

    @Test
    void givenProductionWithAPlainHttpCallback_whenRead_thenRefused() {
        Map<String, String> env = production();
        env.put("MPESA_CALLBACK_BASE_URL", "http://voicepact.example/api/v1/payments/daraja/t0k3n");

        assertThatThrownBy(() -> DarajaVariables.read(env)).hasMessageContaining("must be HTTPS in production");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://voicepact.example/mpesa/cb",
                "https://voicepact.example/M-Pesa/cb",
                "https://safaricom.voicepact.example/cb",
                "https://voicepact.example/sql",
                "https://voicepact.example/status/query",
                "https://voicepact.example/exec",
                "https://voicepact.example/cmd/x"
            })
    void givenAForbiddenWordInTheCallbackUrl_whenRead_thenRefusedNamingIt(String url) {
        Map<String, String> env = production();
        env.put("MPESA_CALLBACK_BASE_URL", url);

        assertThatThrownBy(() -> DarajaVariables.read(env))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MPESA_CALLBACK_BASE_URL must not contain");
    }

    @Test
    void givenTheCallbackBase_thenEveryCallbackUrlIsARouteTheApplicationTakes_andNoneHasAWordSafaricomRefuses() {
        String base = DarajaCallbackUrls.base("https://pay.example.org/", "tok-1");
        DarajaConfig config = DarajaVariables.read(Map.of(
                "MPESA_CONSUMER_KEY",
                "k",
                "MPESA_CONSUMER_SECRET",
                "s",
                "MPESA_INITIATOR_PASSWORD",
                "p",
                "MPESA_CALLBACK_BASE_URL",
                base));

        assertThat(base).isEqualTo("https://pay.example.org/api/v1/payments/callbacks/tok-1");
        List<String> urls = List.of(
                config.stkCallbackUrl(),
                config.b2cResultUrl(),
                config.b2cTimeoutUrl(),
                config.statusResultUrl(),
                config.statusTimeoutUrl(),
                config.reversalResultUrl(),
                config.reversalTimeoutUrl(),
                config.balanceResultUrl(),
                config.balanceTimeoutUrl());
        assertThat(urls)
                .containsExactlyElementsOf(DarajaCallbackUrls.ROUTES.stream()
                        .map(r -> base + "/" + r)
                        .toList());
        assertThat(urls).allSatisfy(url -> {
            assertThat(url)
                    .matches("https://pay\\.example\\.org/api/v1/payments/callbacks/tok-1/[a-z0-9]+(/[a-z0-9]+)?");
            assertThat(DarajaCallbackUrls.FORBIDDEN_WORDS)
                    .noneMatch(w -> url.toLowerCase(Locale.ROOT).contains(w));
        });
        assertThatThrownBy(() -> DarajaCallbackUrls.base("https://pay.example.org", "a/b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(DarajaCallbackUrls.base("http://127.0.0.1:8080", null))
                .isEqualTo("http://127.0.0.1:8080/api/v1/payments/callbacks");
    }

    @Test
    void givenTheSandboxWithOnlyKeysAndCallbacks_whenRead_thenSafaricomsPublishedTestValues() {
        DarajaConfig config = DarajaVariables.read(Map.of(
                "MPESA_CONSUMER_KEY",
                "k",
                "MPESA_CONSUMER_SECRET",
                "s",
                "MPESA_INITIATOR_PASSWORD",
                "p",
                "MPESA_CALLBACK_BASE_URL",
                DarajaCallbackUrls.base("http://localhost:8080", "t")));

        assertThat(config.environment()).isEqualTo(DarajaEnvironment.SANDBOX);
        assertThat(config.baseUrl()).isEqualTo("https://sandbox.safaricom.co.ke");
        assertThat(Stream.of(config.shortcode(), config.passkey(), config.b2cShortcode(), config.initiatorName()))
                .containsExactly("174379", DarajaConfig.SANDBOX_PASSKEY, "600996", "testapi");
        assertThat(config.certificatePath()).isNull();
    }

    /** Safaricom's sandbox B2C shortcode is 600996 (600000 is refused as PartyA), and so is the local sandbox's. */
    @Test
    void givenTheSandboxDefaults_whenAPayoutIsSentToTheLocalSandbox_thenItsB2cShortcodeIsAccepted() {
        try (DarajaSandbox sandbox = DarajaSandbox.start(DarajaSandboxSettings.of("k", "s"))) {
            DarajaConfig config = DarajaVariables.read(Map.of(
                    "MPESA_CONSUMER_KEY",
                    "k",
                    "MPESA_CONSUMER_SECRET",
                    "s",
                    "MPESA_INITIATOR_PASSWORD",
                    "p",
                    "MPESA_SECURITY_CREDENTIAL",
                    "c2VjcmV0",
                    "MPESA_BASE_URL",
                    sandbox.url().toString(),
                    "MPESA_CALLBACK_BASE_URL",
                    "http://127.0.0.1:9/cb"));
            DarajaClient client = new DarajaClient(config, java.time.Clock.systemUTC());

            DarajaAnswer<DarajaClient.DarajaAck> answer = client.b2cPayment(new DarajaRequests.B2cPayment(
                    "P-600996",
                    new com.voicepact.domain.common.PhoneNumber("+254722000111"),
                    com.voicepact.domain.common.Money.of("100", com.voicepact.domain.common.CurrencyCode.KES),
                    DarajaRequests.B2cCommand.BUSINESS_PAYMENT,
                    "VoicePact escrow release",
                    null));

            assertThat(answer).as("PartyA " + config.b2cShortcode()).isInstanceOf(DarajaAnswer.Accepted.class);
            assertThat(config.b2cShortcode()).isEqualTo(DarajaSandboxSettings.SANDBOX_B2C_SHORTCODE);
        }
    }

    @Test
    void givenBuyGoodsWithoutATill_whenRead_thenTheTillIsNamed() {
        Map<String, String> env = production();
        env.put("MPESA_TRANSACTION_TYPE", "CustomerBuyGoodsOnline");

        assertThatThrownBy(() -> DarajaVariables.read(env)).hasMessageContaining("MPESA_TILL_NUMBER is not set");
        env.put("MPESA_TILL_NUMBER", "5544332");
        assertThat(DarajaVariables.read(env).partyB()).isEqualTo("5544332");
    }

    @Test
    void givenUnknownWords_whenRead_thenTheAcceptedWordsAreNamed() {
        Map<String, String> env = production();
        env.put("MPESA_TRANSACTION_TYPE", "PayBill");
        assertThatThrownBy(() -> DarajaVariables.read(env))
                .hasMessageContaining("CustomerPayBillOnline or CustomerBuyGoodsOnline");
        assertThatThrownBy(() -> DarajaVariables.read(Map.of("MPESA_ENVIRONMENT", "live")))
                .hasMessageContaining("sandbox or production");
    }

    @Test
    void givenACertificatePathWithNoFile_whenRead_thenRefused() {
        Map<String, String> env = production();
        env.put("MPESA_CERTIFICATE_PATH", "/nonexistent/daraja.cer");

        assertThatThrownBy(() -> DarajaVariables.read(env))
                .hasMessageContaining("no readable certificate at /nonexistent/daraja.cer");
    }

    @Test
    void givenAnAllowlist_whenACallerIsChecked_thenOnlyListedAddressesAndRangesPass() {
        DarajaConfig config = DarajaVariables.read(production());

        assertThat(config.allowsCaller("196.201.214.200")).isTrue();
        assertThat(config.allowsCaller("196.201.213.7")).isTrue();
        assertThat(config.allowsCaller("196.201.216.1")).isFalse();
        assertThat(config.allowsCaller("10.0.0.1")).isFalse();
        assertThat(config.allowsCaller("::1")).isFalse();
        assertThat(config.allowsCaller("localhost")).isFalse();
        assertThat(config.allowsCaller("cafe")).isFalse();
        assertThat(config.allowsCaller(null)).isFalse();
        Map<String, String> open = production();
        open.remove("MPESA_CALLBACK_IPS");
        assertThat(DarajaVariables.read(open).allowsCaller("10.0.0.1")).isTrue();
    }

    @Test
    void givenABadAllowlistEntry_whenRead_thenRefused() {
        Map<String, String> env = production();
        env.put("MPESA_CALLBACK_IPS", "196.201.214.200, evil host");

        assertThatThrownBy(() -> DarajaVariables.read(env)).hasMessageContaining("'evil host' is not an address");
    }
}
