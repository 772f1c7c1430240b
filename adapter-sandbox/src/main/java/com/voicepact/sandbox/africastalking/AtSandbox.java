package com.voicepact.sandbox.africastalking;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * A local Africa's Talking: its SMS, voice and payments API on a local port (AT's paths, shapes and
 * 401), AT-shaped callbacks to the app, fault injection, and a phone simulator page at {@code /simulator}.
 */
public final class AtSandbox implements AutoCloseable {

    private static final String BAD_KEY = "The supplied authentication is invalid";
    private final HttpServer server;
    private final java.util.concurrent.atomic.AtomicReference<SandboxSettings> settings;
    private final ObjectMapper json = new ObjectMapper();
    private final SandboxFaults faults = new SandboxFaults();
    private final SandboxCallbacks callbacks;
    private final SandboxPayments payments;
    private final SandboxPhones phones;
    private final SandboxCalls calls;
    private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());
    /** Set by the service after both sandboxes started; read by the simulator's config route. */
    private volatile URI paymentSimulator;

    private AtSandbox(SandboxSettings settings, Clock clock) throws IOException {
        this.settings = new java.util.concurrent.atomic.AtomicReference<>(settings);
        this.callbacks = new SandboxCallbacks(settings.signingSecret(), faults, clock);
        this.payments = new SandboxPayments(json, callbacks, this.settings::get, clock);
        this.phones = new SandboxPhones(json, callbacks, this.settings::get, clock);
        this.calls = new SandboxCalls(callbacks, this.settings::get, () -> url().toString());
        this.phones.playCallsWith(calls);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", settings.port()), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
    }

    public static AtSandbox start(SandboxSettings settings) {
        return start(settings, Clock.systemUTC());
    }

    public static AtSandbox start(SandboxSettings settings, Clock clock) {
        try {
            AtSandbox sandbox = new AtSandbox(settings, clock);
            sandbox.server.start();
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException("the AT sandbox could not start on port " + settings.port(), e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public URI simulatorUrl() {
        return url().resolve("/simulator");
    }

    public SandboxSettings settings() {
        return settings.get();
    }

    /** Where callbacks go, once the app's own address is known (it may start after the sandbox). */
    public void pointCallbacksAt(String appBaseUrl) {
        settings.updateAndGet(s -> s.withCallbacks(appBaseUrl));
    }

    /**
     * Shows another payment provider's STK prompts in the phone simulator's "Mobile money" section: {@code simulatorApi}
     * is that sandbox's simulator API (e.g. the local Daraja's {@code http://127.0.0.1:PORT/sandbox/daraja}, speaking
     * {@code GET phones/{2547XXXXXXXX}/prompts} and {@code POST prompts/{id}/{pin|wrong-pin|cancel|ignore}}); the page
     * reads it from {@code GET /sandbox/config} as {@code payment_simulator}. Null: AT's own checkouts, as before.
     */
    public void showPaymentsFrom(URI simulatorApi) {
        paymentSimulator = simulatorApi;
    }

    /** The payment simulator API the page talks to, or null for AT's own checkouts. */
    URI paymentSimulator() {
        return paymentSimulator;
    }

    public SandboxFaults faults() {
        return faults;
    }

    public List<RecordedRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<SandboxPhones.Sms> inbox(String phone) {
        return phones.inbox(phone);
    }

    public List<String> deliveredCallbackBodies() {
        return callbacks.delivered().stream().map(d -> d.callback().body()).toList();
    }

    /** The app's HTTP status for each callback delivered so far, in order (0 when the post failed). */
    public List<Integer> deliveredCallbackStatuses() {
        return callbacks.delivered().stream().map(SandboxCallbacks.Delivery::status).toList();
    }

    public boolean approve(String transactionId) {
        return payments.complete(transactionId, true, "Received");
    }

    public boolean decline(String transactionId) {
        return payments.complete(transactionId, false, "The request was cancelled by the user");
    }

    public void autoApprove(boolean enabled) {
        payments.autoApprove(enabled);
    }

    public java.math.BigDecimal wallet() {
        return payments.wallet();
    }

    public String replyFrom(String phone, String text) {
        return phones.replyFrom(phone, text);
    }

    public String dialUssd(String phone, String sessionId, String text) {
        return phones.ussd(phone, sessionId, text);
    }

    /** The simulated phone answers a ringing call; returns the app's XML. */
    public String answerCall(String sessionId) {
        return calls.answer(sessionId);
    }

    /** The call ends after the parties said {@code said}; returns the app's answer to the final callback. */
    public String hangUp(String sessionId, String said) {
        return calls.hangUp(sessionId, said);
    }

    public String declineCall(String sessionId) {
        return calls.decline(sessionId);
    }

    SandboxCalls calls() {
        return calls;
    }

    public void releaseCallbacksInReverse() {
        callbacks.releaseHeldInReverse();
    }

    /** The callbacks held back so far are never delivered: a notification lost for good. */
    public void dropHeldCallbacks() {
        callbacks.dropHeld();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = read(exchange.getRequestBody());
            if (path.equals("/simulator") || path.startsWith("/sandbox/") || path.equals("/v1/audio/transcriptions")) {
                SimulatorRoutes.handle(this, exchange, path, body);
                return;
            }
            requests.add(new RecordedRequest(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                    headers(exchange), body));
            if (faults.dropped(path, body)) {
                exchange.getResponseBody().close();
                return;
            }
            if (injectFault(exchange)) {
                return;
            }
            if (!settings.get().apiKey().equals(exchange.getRequestHeaders().getFirst("apiKey"))) {
                send(exchange, 401, "text/plain", BAD_KEY);
                return;
            }
            route(exchange, exchange.getRequestMethod() + " " + path, body);
        } catch (RuntimeException e) {
            send(exchange, 400, "text/plain", "Bad request: " + e.getMessage());
        }
    }

    private void route(HttpExchange exchange, String route, String body) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        JsonNode answer = switch (route) {
            case "POST /version1/messaging" -> phones.sendSms(form(body));
            case "POST /call" -> phones.call(form(body));
            case "POST /mobile/checkout/request" -> payments.checkout(json.readTree(body));
            case "POST /mobile/b2c/request" -> payments.payout(json.readTree(body));
            case "GET /query/wallet/balance" -> payments.balance();
            case "GET /query/transaction/find" -> payments.find(query.get("transactionId"));
            case "GET /query/transaction/fetch" -> payments.fetch(query.get("category"), query.get("startDate"), query.get("endDate"));
            default -> null;
        };
        if (answer == null) {
            send(exchange, 404, "text/plain", "Not found: " + route);
            return;
        }
        faults.answering(exchange.getRequestURI().getPath(), body);
        sendJson(exchange, route.startsWith("GET ") || route.equals("POST /call") ? 200 : 201, answer);
    }

    private boolean injectFault(HttpExchange exchange) throws IOException {
        if (faults.latencyMillis > 0) {
            try {
                Thread.sleep(faults.latencyMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (faults.droppedConnections.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
            exchange.getResponseBody().close(); // no status line: the client sees the connection end
            return true;
        }
        if (faults.serverErrors.getAndUpdate(n -> Math.max(n - 1, 0)) > 0) {
            send(exchange, 500, "text/plain", "Internal Server Error");
            return true;
        }
        return false;
    }

    void sendJson(HttpExchange exchange, int status, JsonNode node) throws IOException {
        send(exchange, status, "application/json", json.writeValueAsString(node));
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    SandboxPayments payments() {
        return payments;
    }

    SandboxPhones phones() {
        return phones;
    }

    ObjectMapper json() {
        return json;
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
        return headers;
    }

    static Map<String, String> form(String raw) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (raw == null || raw.isBlank()) {
            return fields;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
