package com.voicepact.sandbox.mpesa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.voicepact.domain.testdata.SettableClock;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * A started sandbox, a callback receiver and a raw HTTP client: requests are plain JSON written as a
 * Daraja client writes them, answers are read as JSON trees (no adapter code in between).
 */
final class DarajaFixture implements AutoCloseable {

    static final String KEY = "consumer-key";
    static final String SECRET = "consumer-secret";
    static final String STK_CALLBACK = "/cb/stk";
    static final String RESULT = "/cb/result";
    static final String TIMEOUT = "/cb/timeout";

    record Answer(int status, JsonNode body, String raw) {}

    final ObjectMapper json = new ObjectMapper();
    final SettableClock clock = new SettableClock(java.time.Instant.parse("2026-11-30T07:15:30Z"));
    final CallbackReceiver app = new CallbackReceiver();
    final DarajaSandbox sandbox;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private String token;

    DarajaFixture(Duration promptTimeout) {
        sandbox = DarajaSandbox.start(DarajaSandboxSettings.of(KEY, SECRET).withPromptTimeout(promptTimeout), clock);
    }

    Answer get(String pathAndQuery, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(sandbox.url().resolve(pathAndQuery)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    String token() throws IOException, InterruptedException {
        if (token == null) {
            token = get("/oauth/v1/generate?grant_type=client_credentials", basic(KEY, SECRET))
                    .body()
                    .path("access_token")
                    .asText();
        }
        return token;
    }

    Answer post(String path, JsonNode body) throws IOException, InterruptedException {
        return postAs(path, body.toString(), "Bearer " + token());
    }

    Answer postAs(String path, String body, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(sandbox.url().resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request.build());
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode body = response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
        return new Answer(response.statusCode(), body, response.body());
    }

    /** The Timestamp a client in Nairobi sends now, and its Password. */
    String timestamp() {
        return DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
                .format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.ofHours(3)));
    }

    static String password(String timestamp) {
        return Base64.getEncoder()
                .encodeToString(
                        (DarajaSandboxSettings.SANDBOX_SHORTCODE + DarajaSandboxSettings.SANDBOX_PASSKEY + timestamp)
                                .getBytes(StandardCharsets.UTF_8));
    }

    ObjectNode stkPush(String phone, long amount) {
        String timestamp = timestamp();
        return json.createObjectNode()
                .put("BusinessShortCode", 174379)
                .put("Password", password(timestamp))
                .put("Timestamp", timestamp)
                .put("TransactionType", "CustomerPayBillOnline")
                .put("Amount", amount)
                .put("PartyA", phone)
                .put("PartyB", 174379)
                .put("PhoneNumber", phone)
                .put("CallBackURL", app.url(STK_CALLBACK))
                .put("AccountReference", "PAY-AG000001")
                .put("TransactionDesc", "Escrow AG-1");
    }

    ObjectNode stkQuery(String checkoutRequestId) {
        String timestamp = timestamp();
        return json.createObjectNode()
                .put("BusinessShortCode", "174379")
                .put("Password", password(timestamp))
                .put("Timestamp", timestamp)
                .put("CheckoutRequestID", checkoutRequestId);
    }

    ObjectNode b2c(String originatorConversationId, String phone, long amount) {
        return json.createObjectNode()
                .put("OriginatorConversationID", originatorConversationId)
                .put("InitiatorName", "testapi")
                .put("SecurityCredential", "c2VjcmV0LWNyZWRlbnRpYWw=")
                .put("CommandID", "BusinessPayment")
                .put("Amount", amount)
                .put("PartyA", 600996)
                .put("PartyB", phone)
                .put("Remarks", "Escrow release AG-1")
                .put("QueueTimeOutURL", app.url(TIMEOUT))
                .put("ResultURL", app.url(RESULT))
                .put("Occassion", "AG-2026-000001");
    }

    ObjectNode status(String field, String id) {
        return json.createObjectNode()
                .put("Initiator", "testapi")
                .put("SecurityCredential", "c2VjcmV0LWNyZWRlbnRpYWw=")
                .put("CommandID", "TransactionStatusQuery")
                .put(field, id)
                .put("PartyA", "600996")
                .put("IdentifierType", "4")
                .put("ResultURL", app.url(RESULT))
                .put("QueueTimeOutURL", app.url(TIMEOUT))
                .put("Remarks", "status check")
                .put("Occasion", "");
    }

    ObjectNode reversal(String receipt, long amount) {
        return json.createObjectNode()
                .put("Initiator", "testapi")
                .put("SecurityCredential", "c2VjcmV0LWNyZWRlbnRpYWw=")
                .put("CommandID", "TransactionReversal")
                .put("TransactionID", receipt)
                .put("Amount", amount)
                .put("ReceiverParty", "174379")
                .put("RecieverIdentifierType", "11")
                .put("ResultURL", app.url(RESULT))
                .put("QueueTimeOutURL", app.url(TIMEOUT))
                .put("Remarks", "surplus refund")
                .put("Occasion", "AG-1");
    }

    ObjectNode balance() {
        return json.createObjectNode()
                .put("Initiator", "testapi")
                .put("SecurityCredential", "c2VjcmV0LWNyZWRlbnRpYWw=")
                .put("CommandID", "AccountBalance")
                .put("PartyA", "600996")
                .put("IdentifierType", "4")
                .put("Remarks", "balance")
                .put("QueueTimeOutURL", app.url(TIMEOUT))
                .put("ResultURL", app.url(RESULT));
    }

    /** Pushes to the paying test payer and returns the receipt from its callback (funds the utility account). */
    String collect(long amount) throws IOException, InterruptedException {
        int before = app.received(STK_CALLBACK).size();
        Answer push = post("/mpesa/stkpush/v1/processrequest", stkPush(TestPayers.PAYS, amount));
        if (push.status() != 200) {
            throw new AssertionError(push.raw());
        }
        JsonNode callback =
                json.readTree(app.await(STK_CALLBACK, before + 1).get(before).body());
        for (JsonNode item : callback.path("Body")
                .path("stkCallback")
                .path("CallbackMetadata")
                .path("Item")) {
            if (item.path("Name").asText().equals("MpesaReceiptNumber")) {
                return item.path("Value").asText();
            }
        }
        throw new AssertionError("no receipt in " + callback);
    }

    JsonNode lastResult(String path, int count) throws IOException, InterruptedException {
        return json.readTree(app.await(path, count).get(count - 1).body());
    }

    static BigDecimal kes(String amount) {
        return new BigDecimal(amount);
    }

    @Override
    public void close() {
        sandbox.close();
        app.close();
    }
}
