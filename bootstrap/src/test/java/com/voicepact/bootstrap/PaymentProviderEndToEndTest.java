package com.voicepact.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.sandbox.RecordedRequest;
import com.voicepact.sandbox.africastalking.AtSandbox;
import com.voicepact.sandbox.mpesa.DarajaSandbox;
import com.voicepact.sandbox.mpesa.DeliveredCallback;
import com.voicepact.sandbox.mpesa.PromptAnswer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which provider moves the money ({@code PAYMENT_PROVIDER}), over real sockets: with no configuration at all, M-Pesa
 * Daraja on the in-process Daraja sandbox; Africa's Talking when asked; a configuration that cannot run is refused
 * at start with the variable named. These checks stop where Daraja's callbacks reach the service (the callback
 * routes come with issue 11's callbacks part): what the sandbox received and where it posted.
 */
class PaymentProviderEndToEndTest {

    private static final String BUYER = "254712345678";
    private static final String STK_PUSH = "/mpesa/stkpush/v1/processrequest";

    @TempDir
    Path dataDir;

    private ApplicationContext start(Map<String, String> extra) {
        Map<String, String> env =
                new HashMap<>(Map.of("VOICEPACT_DATA_DIR", dataDir.toString(), "VOICEPACT_SANDBOX_PORT", "0"));
        env.putAll(extra);
        return Application.start(env, Map.of("micronaut.server.port", -1));
    }

    private static URI base(ApplicationContext service) {
        return service.getBean(EmbeddedServer.class).getURI();
    }

    private String key() throws IOException {
        return Files.readString(dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE))
                .strip();
    }

    /** A contract of {@code total} KES between 0712345678 (buyer) and 0722000111, confirmed by both; its id. */
    private String confirmedContract(ApplicationContext service, long total) throws IOException {
        String created = Http.post(base(service), "/api/v1/contracts/create", key(), """
                {"parties": [{"phone": "0712345678", "role": "buyer"}, {"phone": "0722000111", "role": "seller"}],
                 "terms": {"product": "Maize", "total_amount": %d, "currency": "KES"}}""".formatted(total))
                .body();
        String id = (String) Eventually.json(service, created).get("contract_id");
        Http.post(base(service), "/api/v1/contracts/" + id + "/confirm?phone_number=0712345678", key(), null);
        Http.post(base(service), "/api/v1/contracts/" + id + "/confirm?phone_number=0722000111", key(), null);
        return id;
    }

    private HttpResponse<String> checkout(ApplicationContext service, String contract, long amount) throws IOException {
        return Http.post(
                base(service),
                "/api/v1/payments/checkout",
                key(),
                "{\"contract_id\": \"%s\", \"phone_number\": \"0712345678\", \"amount\": %d}"
                        .formatted(contract, amount));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> providers(ApplicationContext service) throws IOException {
        return (Map<String, Object>)
                Eventually.json(service, Http.get(base(service), "/info", null).body())
                        .get("providers");
    }

    /** What the phone simulator page reads at {@code GET /sandbox/config} of the local AT sandbox. */
    private static Map<String, Object> simulatorConfig(ApplicationContext service) throws IOException {
        return Eventually.json(
                service,
                Http.get(service.getBean(AtSandbox.class).url(), "/sandbox/config", null)
                        .body());
    }

    @Test
    void
            givenNoConfiguration_whenAKes175000ContractIsPaid_thenOneStkPushReachesTheLocalDarajaAndItsResultIsPostedToThisService()
                    throws Exception {
        try (ApplicationContext service = start(Map.of())) {
            DarajaSandbox daraja = service.getBean(DarajaSandbox.class);
            String contract = confirmedContract(service, 175_000);

            HttpResponse<String> checkout = checkout(service, contract, 175_000);

            assertThat(checkout.statusCode()).as(checkout.body()).isEqualTo(201);
            assertThat((String) Eventually.json(service, checkout.body()).get("external_transaction_id"))
                    .startsWith("ws_CO_");
            List<RecordedRequest> pushes = daraja.requests().stream()
                    .filter(r -> r.path().equals(STK_PUSH))
                    .toList();
            assertThat(pushes).as("one STK push for the whole KES 175,000").hasSize(1);
            Map<String, Object> push = Eventually.json(service, pushes.get(0).body());
            String callbacks = base(service)
                    .resolve("/api/v1/payments/callbacks")
                    .toString()
                    .replace("localhost", "127.0.0.1");
            assertThat(push)
                    .containsEntry("Amount", 175_000)
                    .containsEntry("PartyA", BUYER)
                    .containsEntry("CallBackURL", callbacks + "/stk");
            assertThat(service.getBean(AtSandbox.class).requests())
                    .as("AT carries SMS, not the money")
                    .noneMatch(r -> r.path().contains("/mobile/checkout"));
            assertThat(providers(service))
                    .containsEntry("mpesa", "local_sandbox")
                    .containsEntry("africastalking", "local_sandbox");
            assertThat(simulatorConfig(service))
                    .as("the phone simulator shows Daraja's prompts")
                    .containsEntry("payment_simulator", daraja.url() + "/sandbox/daraja");

            String checkoutId = daraja.prompts(BUYER).get(0).checkoutRequestId();
            assertThat(daraja.prompts(BUYER).get(0).amount()).isEqualByComparingTo("175000");
            assertThat(daraja.answer(checkoutId, PromptAnswer.PIN))
                    .as("the payer enters the PIN")
                    .isTrue();
            Eventually.await(
                    "the STK result posted", () -> !daraja.deliveredCallbacks().isEmpty());
            DeliveredCallback result = daraja.deliveredCallbacks().get(0);
            assertThat(result.url()).isEqualTo(callbacks + "/stk");
            assertThat(result.body()).contains(checkoutId).contains("\"ResultCode\":0");
        }
    }

    @Test
    void givenACallbackToken_whenTheLocalDarajaIsConfigured_thenEveryCallbackUrlCarriesIt() throws Exception {
        try (ApplicationContext service = start(Map.of("VOICEPACT_CALLBACK_TOKEN", "t0k3n"))) {
            String contract = confirmedContract(service, 5_000);
            assertThat(checkout(service, contract, 5_000).statusCode()).isEqualTo(201);
            RecordedRequest push = service.getBean(DarajaSandbox.class).requests().stream()
                    .filter(r -> r.path().equals(STK_PUSH))
                    .findFirst()
                    .orElseThrow();
            assertThat((String) Eventually.json(service, push.body()).get("CallBackURL"))
                    .endsWith("/api/v1/payments/callbacks/t0k3n/stk");
        }
    }

    @Test
    void givenPaymentProviderAfricasTalking_whenACheckoutIsMade_thenAtCarriesItWithTheServicesOwnLimits()
            throws Exception {
        try (ApplicationContext service = start(Map.of("PAYMENT_PROVIDER", "africastalking"))) {
            assertThat(service.findBean(DarajaSandbox.class)).isEmpty();
            String contract = confirmedContract(service, 175_000);

            HttpResponse<String> tooLarge = checkout(service, contract, 175_000);
            HttpResponse<String> accepted = checkout(service, contract, 5_000);

            assertThat(tooLarge.statusCode()).isEqualTo(400);
            assertThat(tooLarge.body()).contains("outside the per-transaction limits KES 1.00 to KES 10000.00");
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
            assertThat(service.getBean(AtSandbox.class).requests())
                    .anyMatch(r -> r.path().equals("/mobile/checkout/request"));
            assertThat(providers(service)).containsEntry("mpesa", "not_configured");
            assertThat(simulatorConfig(service))
                    .as("AT's own checkouts on the phone simulator")
                    .containsEntry("payment_simulator", null);
        }
    }

    @Test
    void givenAnUnknownPaymentProvider_whenStarted_thenRefusedWithTheAcceptedWords() {
        assertThatThrownBy(() -> start(Map.of("PAYMENT_PROVIDER", "paypal")))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage("PAYMENT_PROVIDER must be mpesa or africastalking, got 'paypal'");
    }

    @Test
    void givenMpesaConfigurationMissingValues_whenStarted_thenRefusedNamingThem() throws Exception {
        assertThatThrownBy(() -> start(Map.of("MPESA_ENVIRONMENT", "production")))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage("M-Pesa production configuration is incomplete: MPESA_CONSUMER_KEY, MPESA_CONSUMER_SECRET, "
                        + "MPESA_CALLBACK_BASE_URL, MPESA_INITIATOR_PASSWORD, MPESA_SHORTCODE, MPESA_PASSKEY, MPESA_B2C_SHORTCODE, "
                        + "MPESA_INITIATOR_NAME, MPESA_CERTIFICATE_PATH are not set");
        assertThatThrownBy(() -> start(Map.of("MPESA_CONSUMER_KEY", "k", "MPESA_INITIATOR_PASSWORD", "p")))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage(
                        "M-Pesa sandbox configuration is incomplete: MPESA_CONSUMER_SECRET, MPESA_CALLBACK_BASE_URL are not set");
        // Safaricom's own sandbox: the keys its portal gave, the rest its published test values.
        try (ApplicationContext safaricom = start(Map.of(
                "MPESA_CONSUMER_KEY",
                "k",
                "MPESA_CONSUMER_SECRET",
                "s",
                "MPESA_INITIATOR_PASSWORD",
                "p",
                "MPESA_CALLBACK_BASE_URL",
                "https://voicepact.example/api/v1/payments/callbacks/t"))) {
            assertThat(safaricom.findBean(DarajaSandbox.class)).isEmpty();
            assertThat(providers(safaricom)).containsEntry("mpesa", "mpesa_sandbox");
        }
    }

    @Test
    void givenAnMpesaEnvironmentNeitherSandboxNorProduction_whenStartedWithOrWithoutAKey_thenRefusedTheSameWay() {
        String refusal = "MPESA_ENVIRONMENT must be sandbox or production, got 'live'";
        assertThatThrownBy(() -> start(Map.of("MPESA_ENVIRONMENT", "live")))
                .as("never quietly the local sandbox")
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage(refusal);
        assertThatThrownBy(() -> start(Map.of("MPESA_ENVIRONMENT", "live", "MPESA_CONSUMER_KEY", "k")))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage(refusal);
    }

    @Test
    void givenAnAddressListWithSomethingThatIsNoAddressBlock_whenStarted_thenRefusedBeforeAnyCallbackIsTaken() {
        assertThatThrownBy(() -> start(Map.of("MPESA_CALLBACK_IPS", "not-an-ip")))
                .as("before: started, then every callback 500")
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage(
                        "MPESA_CALLBACK_IPS: 'not-an-ip' is not an IP address or address block (such as 196.201.212.0/22)");
        assertThatThrownBy(() -> start(Map.of("ALLOWED_IPS", "127.0.0.1/8,1.2.3.4/99")))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage(
                        "ALLOWED_IPS: '1.2.3.4/99' is not an IP address or address block (such as 196.201.212.0/22)");
        assertThatThrownBy(() -> start(Map.of("ALLOWED_IPS", "localhost")))
                .as("a host name is no address: never looked up")
                .isInstanceOf(StartupRefusedException.class);
    }

    @Test
    void givenAMaximumAboveWhatMpesaTakes_whenStarted_thenRefusedWithBothAmounts() {
        assertThatThrownBy(() -> start(Map.of("MAX_PAYMENT_AMOUNT", "30000000")))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessage(
                        "MAX_PAYMENT_AMOUNT 30000000 (KES 300000.00) is above the largest collection M-Pesa takes, KES 250000.00");
    }

    /**
     * Live M-Pesa, configured completely (a certificate made here with keytool; Daraja a local server that records what
     * reaches it): the service starts, and the operator's sandbox-only test checkout is refused without a call, even on
     * the embedded H2 (before, the embedded database alone allowed it: an STK push for real money outside any contract).
     */
    @Test
    void givenLiveMpesa_whenTheOperatorAsksForATestCheckout_thenRefusedAndNothingReachesDaraja() throws Exception {
        Path certificate = certificate();
        List<String> reached = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        com.sun.net.httpserver.HttpServer daraja =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        daraja.createContext("/", exchange -> {
            reached.add(exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        daraja.start();
        Map<String, String> live = new HashMap<>(Map.of(
                "MPESA_ENVIRONMENT",
                "production",
                "MPESA_CONSUMER_KEY",
                "key",
                "MPESA_CONSUMER_SECRET",
                "secret",
                "MPESA_SHORTCODE",
                "4123456",
                "MPESA_PASSKEY",
                "live-passkey",
                "MPESA_B2C_SHORTCODE",
                "3012345",
                "MPESA_INITIATOR_NAME",
                "voicepact-api",
                "MPESA_INITIATOR_PASSWORD",
                "Secret#2026",
                "MPESA_CERTIFICATE_PATH",
                certificate.toString(),
                "MPESA_CALLBACK_BASE_URL",
                "https://voicepact.example/api/v1/payments/callbacks/t"));
        live.put("MPESA_BASE_URL", "http://127.0.0.1:" + daraja.getAddress().getPort());
        try (ApplicationContext service = start(live)) {
            HttpResponse<String> test = Http.post(
                    base(service), "/api/v1/payments/test/checkout?phone_number=0712345678&amount=10", key(), null);

            assertThat(test.statusCode()).as(test.body()).isBetween(400, 499);
            assertThat(providers(service)).containsEntry("mpesa", "mpesa");
            assertThat(reached).isEmpty();
        } finally {
            daraja.stop(0);
        }
    }

    /** A self-signed X.509 certificate (PEM) standing in for Safaricom's, made with the JDK's keytool. */
    private Path certificate() throws Exception {
        Path keystore = dataDir.resolve("daraja.p12");
        Path pem = dataDir.resolve("daraja.cer");
        String keytool =
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(
                keytool,
                "-genkeypair",
                "-alias",
                "daraja",
                "-keyalg",
                "RSA",
                "-keysize",
                "2048",
                "-dname",
                "CN=daraja-test",
                "-validity",
                "2",
                "-storetype",
                "PKCS12",
                "-keystore",
                keystore.toString(),
                "-storepass",
                "changeit");
        run(
                keytool,
                "-exportcert",
                "-rfc",
                "-alias",
                "daraja",
                "-keystore",
                keystore.toString(),
                "-storepass",
                "changeit",
                "-file",
                pem.toString());
        return pem;
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }

    /**
     * {@code java -jar} with a configuration it cannot run on: one line naming the variables, no stack trace, status 2; what
     * the variables alone refuse is refused before the HTTP server listens and the operator key is made and shown.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "MPESA_ENVIRONMENT|production|M-Pesa production configuration is incomplete: MPESA_CONSUMER_KEY, ",
                "MAX_PAYMENT_AMOUNT|30000000|MAX_PAYMENT_AMOUNT 30000000 (KES 300000.00) is above the largest collection M-Pesa takes, KES 250000.00",
                "MPESA_ENVIRONMENT|live|MPESA_ENVIRONMENT must be sandbox or production, got 'live'",
                "DATABASE_URL|jdbc:postgresql://127.0.0.1:9/voicepact|VOICEPACT_API_KEYS must be set when DATABASE_URL is"
                        + " (production mode), or every operator endpoint answers 401. Make a key: KEY=$(openssl rand",
                "DATABASE_URL|''|DATABASE_URL is set but empty: give the PostgreSQL JDBC URL"
            })
    void givenAConfigurationItCannotRunOn_whenTheJarStarts_thenOneLineNamesItAndItExits(
            String variable, String value, String refusal) throws Exception {
        Path log = dataDir.resolve("refused.log");
        Process process = ServiceProcess.start(
                log,
                Map.of(
                        "VOICEPACT_DATA_DIR",
                        dataDir.resolve("data").toString(),
                        "MICRONAUT_SERVER_PORT",
                        "0",
                        "VOICEPACT_SANDBOX_PORT",
                        "0",
                        variable,
                        value));
        boolean exited = process.waitFor(120, TimeUnit.SECONDS);
        if (!exited) {
            process.destroyForcibly();
        }

        assertThat(exited).as("the refused service exits").isTrue();
        String output = Files.readString(log);
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output)
                .contains("VoicePact cannot start: " + refusal)
                .doesNotContain("\tat ")
                .doesNotContain("Exception");
        assertThat(output)
                .as("refused by the variables alone: nothing started, nothing made")
                .doesNotContain("operator API key")
                .doesNotContain("Startup completed");
    }
}
