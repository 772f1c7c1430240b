package com.voicepact.adapter.out.africastalking;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.voicepact.application.phone.port.out.SmsGatewayPort;
import com.voicepact.application.portcontract.SmsGatewayContractTest;
import com.voicepact.application.portcontract.VoiceGatewayContractTest;
import com.voicepact.application.voice.port.out.VoiceGatewayPort;
import com.voicepact.domain.common.PhoneNumber;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;

/**
 * The SMS and voice gateway contracts on AT's adapters, over HTTP against a small local server that
 * answers as AT's messaging ({@code POST /version1/messaging}) and voice ({@code POST /call}) APIs do:
 * status code 101 and a message id per recipient, 403 {@code InvalidPhoneNumber} for a refused one; a
 * {@code Queued} entry with a session per call, a status and no session for a number it will not call.
 */
class AtGatewayPortsContractTest {

    private static final PhoneNumber REFUSED = new PhoneNumber("+254700000001");
    private static final String NOTHING_LISTENING = "http://127.0.0.1:1";

    private final AtomicInteger ids = new AtomicInteger();
    private HttpServer at;

    @BeforeEach
    void start() throws IOException {
        at = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        at.createContext("/version1/messaging", exchange -> answer(exchange, 201, messaging(form(exchange))));
        at.createContext("/call", exchange -> answer(exchange, 200, call(form(exchange))));
        at.start();
    }

    @AfterEach
    void stop() {
        at.stop(0);
    }

    private String messaging(Map<String, String> form) {
        List<String> recipients = new ArrayList<>();
        for (String to : form.get("to").split(",")) {
            recipients.add(
                    REFUSED.e164().equals(to)
                            ? "{\"statusCode\":403,\"number\":\"" + to
                                    + "\",\"status\":\"InvalidPhoneNumber\",\"cost\":\"0\"," + "\"messageId\":\"None\"}"
                            : "{\"statusCode\":101,\"number\":\"" + to
                                    + "\",\"status\":\"Success\",\"cost\":\"KES 0.8000\"," + "\"messageId\":\"ATXid_"
                                    + ids.incrementAndGet() + "\"}");
        }
        return "{\"SMSMessageData\":{\"Message\":\"Sent\",\"Recipients\":[" + String.join(",", recipients) + "]}}";
    }

    private String call(Map<String, String> form) {
        List<String> entries = new ArrayList<>();
        for (String to : form.get("to").split(",")) {
            entries.add(
                    REFUSED.e164().equals(to)
                            ? "{\"phoneNumber\":\"" + to + "\",\"status\":\"InvalidPhoneNumber\"}"
                            : "{\"phoneNumber\":\"" + to + "\",\"status\":\"Queued\",\"sessionId\":\"ATVId_"
                                    + ids.incrementAndGet() + "\"}");
        }
        return "{\"entries\":[" + String.join(",", entries) + "],\"errorMessage\":\"None\"}";
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        Map<String, String> form = new HashMap<>();
        for (String pair : new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(
                    URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return form;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private AtConfig config(String baseUrl) {
        return AtConfig.of("sandbox", "k", "VoicePact", "+254711082000")
                .pointedAt(baseUrl)
                .withTimeouts(Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofMillis(1));
    }

    private AtResilience resilience() {
        return new AtResilience(Clock.systemUTC(), Duration.ofMillis(1));
    }

    private String atUrl() {
        return "http://127.0.0.1:" + at.getAddress().getPort();
    }

    @Nested
    class Sms extends SmsGatewayContractTest {
        @Override
        protected SmsGatewayPort gateway() {
            return new AtSmsGateway(config(atUrl()), resilience());
        }

        @Override
        protected SmsGatewayPort unreachableGateway() {
            return new AtSmsGateway(config(NOTHING_LISTENING), resilience());
        }

        @Override
        protected PhoneNumber refusedRecipient() {
            return REFUSED;
        }
    }

    @Nested
    class Voice extends VoiceGatewayContractTest {
        @Override
        protected VoiceGatewayPort gateway() {
            return new AtVoiceGateway(config(atUrl()), resilience());
        }

        @Override
        protected VoiceGatewayPort unreachableGateway() {
            return new AtVoiceGateway(config(NOTHING_LISTENING), resilience());
        }

        @Override
        protected PhoneNumber uncallableNumber() {
            return REFUSED;
        }
    }
}
