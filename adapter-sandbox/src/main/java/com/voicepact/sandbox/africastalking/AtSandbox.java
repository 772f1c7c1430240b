package com.voicepact.sandbox.africastalking;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.voicepact.sandbox.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * A local Africa's Talking: its SMS, voice and payments API on a local port (AT's paths, shapes and
 * 401), AT-shaped callbacks to the app, fault injection, and a phone simulator page at {@code /simulator}.
 */
public final class AtSandbox implements AutoCloseable {

    private final HttpServer server;
    private final java.util.concurrent.atomic.AtomicReference<SandboxSettings> settings;
    private final ObjectMapper json = new ObjectMapper();
    private final SandboxFaults faults = new SandboxFaults();
    private final SandboxCallbacks callbacks;
    private final SandboxPayments payments;
    private final SandboxPhones phones;
    private final SandboxCalls calls;
    private final AtApiRoutes api;
    private final SimulatorRoutes simulator;
    private volatile String localNumbersIn = "KE";

    private AtSandbox(SandboxSettings settings, Clock clock) throws IOException {
        this.settings = new java.util.concurrent.atomic.AtomicReference<>(settings);
        this.callbacks = new SandboxCallbacks(settings.signingSecret(), faults, clock);
        this.payments = new SandboxPayments(json, callbacks, this.settings::get, clock);
        this.phones = new SandboxPhones(json, callbacks, this.settings::get, clock);
        this.calls = new SandboxCalls(callbacks, this.settings::get, () -> url().toString());
        this.phones.playCallsWith(calls);
        this.api = new AtApiRoutes(this.settings::get, json, faults, payments, phones);
        this.simulator = new SimulatorRoutes(this, json, phones, calls, payments, () -> localNumbersIn);
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
        simulator.showPaymentsFrom(simulatorApi);
    }

    /** Where the simulator reads local forms ({@code 0712...}): {@code VOICEPACT_DEFAULT_COUNTRY}, {@code KE} unset. */
    public void readLocalNumbersIn(String region) {
        localNumbersIn = region;
    }

    public SandboxFaults faults() {
        return faults;
    }

    /** Every API request received so far, in order (the simulator's own routes are not API requests). */
    public List<RecordedRequest> requests() {
        return api.requests();
    }

    /** The SMS that reached {@code phone} (E.164), oldest first; the last 500 are kept. */
    public List<SandboxPhones.Sms> inbox(String phone) {
        return phones.inbox(phone);
    }

    public List<String> deliveredCallbackBodies() {
        return callbacks.delivered().stream().map(d -> d.callback().body()).toList();
    }

    /** The app's HTTP status for each callback delivered so far, in order (0 when the post failed). */
    public List<Integer> deliveredCallbackStatuses() {
        return callbacks.delivered().stream()
                .map(SandboxCallbacks.Delivery::status)
                .toList();
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

    /** A reply that AT received at {@code receivedAt} but delivers now (a delayed callback): its {@code date} says so. */
    public String replyFrom(String phone, String text, java.time.Instant receivedAt) {
        return phones.replyFrom(phone, text, receivedAt);
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

    public void releaseCallbacksInReverse() {
        callbacks.releaseHeldInReverse();
    }

    /** The callbacks held back so far are never delivered: a notification lost for good. */
    public void dropHeldCallbacks() {
        callbacks.dropHeld();
    }

    @Override
    public void close() {
        simulator.close();
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    /** The simulator's page and routes, and the speech-to-text stand-in, answer without an API key; the rest is AT's API. */
    private void handle(HttpExchange exchange) throws IOException {
        boolean keptOpen = false;
        try {
            String path = exchange.getRequestURI().getPath();
            String body = Exchanges.read(exchange.getRequestBody());
            if (path.equals("/simulator") || path.startsWith("/sandbox/") || path.equals("/v1/audio/transcriptions")) {
                keptOpen = simulator.handle(exchange, path, body);
            } else {
                api.handle(exchange, path, body);
            }
        } catch (RuntimeException e) {
            Exchanges.send(exchange, 400, "text/plain", "Bad request: " + e.getMessage());
        } finally {
            if (!keptOpen) {
                exchange.close(); // an event stream stays open until the page goes
            }
        }
    }
}
