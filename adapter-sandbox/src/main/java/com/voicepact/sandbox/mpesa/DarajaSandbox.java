package com.voicepact.sandbox.mpesa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.voicepact.sandbox.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local Safaricom Daraja on a local port, byte-faithful to the wire facts in {@code shared/reference/mpesa-daraja.md}:
 * OAuth, M-Pesa Express (STK push and query), B2C v3, Transaction Status, Reversal and Account Balance, each
 * result posted to the app later on the sandbox's own threads. Refusals use Daraja's gateway shape
 * {@code {"requestId","errorCode","errorMessage"}} with the code's first part as HTTP status ({@link GatewayError}).
 * Test payers decide an STK outcome by their number ({@link TestPayers}); other phones show the prompt to the
 * phone simulator ({@link #prompts}, {@link #answer}, or HTTP under {@code /sandbox/daraja/}). Ids are random
 * so a restarted sandbox never repeats one; every API request is recorded ({@link #requests()}).
 */
public final class DarajaSandbox implements AutoCloseable {

    /** The path of the phone simulator's JSON API ({@link SimulatorRoutes}), under {@link #url()}. */
    public static final String SIMULATOR_API = SimulatorRoutes.PREFIX;

    private final HttpServer server;
    private final ExecutorService serverThreads = Executors.newFixedThreadPool(8);
    private final ObjectMapper json = new ObjectMapper().setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    private final SandboxFaults faults = new SandboxFaults();
    private final SandboxCallbacks callbacks = new SandboxCallbacks(faults);
    private final SandboxLedger ledger;
    private final SandboxCollections collections;
    private final PromptFeed prompts = new PromptFeed(json);
    private final DarajaApiRoutes api;
    private final DarajaSandboxSettings settings;

    private DarajaSandbox(DarajaSandboxSettings settings, Clock clock) throws IOException {
        this.settings = settings;
        Results results = new Results(json);
        this.ledger = new SandboxLedger(settings.openingUtilityBalance());
        this.collections = new SandboxCollections(json, clock, settings, ledger, callbacks, prompts);
        SandboxPayouts payouts = new SandboxPayouts(results, clock, settings, ledger, callbacks, faults);
        SandboxQueries queries = new SandboxQueries(results, clock, settings, ledger, callbacks, faults);
        this.api = new DarajaApiRoutes(
                json, faults, new SandboxAuth(json, clock, settings), collections, payouts, queries);
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", settings.port()), 0);
        server.setExecutor(serverThreads);
        server.createContext("/", this::handle);
    }

    public static DarajaSandbox start(DarajaSandboxSettings settings) {
        return start(settings, Clock.systemUTC());
    }

    /** {@code clock} decides token expiry, timestamps and the two-minute same-amount rule (not the callback timers). */
    public static DarajaSandbox start(DarajaSandboxSettings settings, Clock clock) {
        try {
            DarajaSandbox sandbox = new DarajaSandbox(settings, clock);
            sandbox.server.start();
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException("the Daraja sandbox could not start on port " + settings.port(), e);
        }
    }

    /** The base URL, in place of {@code https://sandbox.safaricom.co.ke}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The settings it was started with (its consumer key and secret, shortcodes, passkey). */
    public DarajaSandboxSettings settings() {
        return settings;
    }

    /**
     * Signs every callback from now on as a signing proxy in front of the app would, by the rule the app's callback
     * guard checks when {@code WEBHOOK_SECRET} is set ({@link com.voicepact.domain.common.CallbackSignature}). Daraja
     * itself signs nothing; null or blank: unsigned again.
     */
    public void signCallbacksWith(String secret) {
        callbacks.signWith(secret);
    }

    public SandboxFaults faults() {
        return faults;
    }

    /** Every API request received (not the simulator's), oldest first. */
    public List<RecordedRequest> requests() {
        return api.requests();
    }

    /** Every callback posted so far, in the order they were posted. */
    public List<DeliveredCallback> deliveredCallbacks() {
        return callbacks.delivered();
    }

    /**
     * Posts at once every callback still held back by {@link SandboxFaults#callbackDelay} (each once: it is not posted
     * again when its delay runs out) and returns how many were released; the posts go from the sandbox's threads, as
     * always. A deterministic late callback: set a delay no test waits out, act, then release it.
     */
    public int deliverLateCallbacksNow() {
        return callbacks.deliverLateNow();
    }

    /** The STK prompts waiting on a phone ({@code 2547XXXXXXXX}), oldest first. */
    public List<StkPrompt> prompts(String phone) {
        return collections.prompts(phone);
    }

    /** The phone's answer to a prompt; false when no such prompt waits (already answered, timed out, unknown). */
    public boolean answer(String checkoutRequestId, PromptAnswer answer) {
        return collections.answer(checkoutRequestId, answer);
    }

    /** The B2C utility account in KES (collections fund it, payouts and reversals draw on it). */
    public BigDecimal utilityAccount() {
        return ledger.utility();
    }

    /** Puts money in the utility account, as an operator's funds transfer would. */
    public void fundUtilityAccount(BigDecimal kes) {
        if (kes.signum() <= 0) {
            throw new IllegalArgumentException("a funding is positive");
        }
        ledger.fund(kes);
    }

    @Override
    public void close() {
        server.stop(0);
        serverThreads.shutdownNow();
        callbacks.close();
        prompts.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean keptOpen = false;
        try {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.startsWith(SimulatorRoutes.PREFIX)) {
                keptOpen = SimulatorRoutes.handle(
                        this, prompts, exchange, path.substring(SimulatorRoutes.PREFIX.length()));
            } else {
                api.handle(exchange, path, body);
            }
        } finally {
            if (!keptOpen) {
                exchange.close(); // the simulator's event stream stays open until the page goes
            }
        }
    }

    ObjectNode object() {
        return json.createObjectNode();
    }

    void sendJson(HttpExchange exchange, int status, JsonNode node) throws IOException {
        DarajaApiRoutes.sendJson(exchange, status, json, node);
    }
}
