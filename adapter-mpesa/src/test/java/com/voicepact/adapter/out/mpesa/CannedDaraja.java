package com.voicepact.adapter.out.mpesa;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server answering as Daraja would, from canned answers queued per path: a real socket, real bytes, so the
 * client is tested on the wire. It records every request it receives. The token endpoint answers a fresh token
 * ({@code token-1}, {@code token-2}, ...) unless told otherwise.
 */
final class CannedDaraja implements AutoCloseable {

    record Request(String method, String path, String query, Map<String, String> headers, String body) {}

    /** What to do with one request: answer, never answer (a timeout), or drop the connection after reading it. */
    record Answer(int status, String body, boolean hang, boolean drop) {
        static Answer json(int status, String body) {
            return new Answer(status, body, false, false);
        }

        static Answer gatewayError(int status, String code, String message) {
            return json(
                    status,
                    "{\"requestId\":\"11728-2929992-1\",\"errorCode\":\"" + code + "\",\"errorMessage\":\"" + message
                            + "\"}");
        }

        static Answer never() {
            return new Answer(0, "", true, false);
        }

        static Answer dropped() {
            return new Answer(0, "", false, true);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Deque<Answer>> answers = new HashMap<>();
    private final List<Request> requests = new ArrayList<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile CountDownLatch tokenGate = new CountDownLatch(0);
    private volatile String expiresIn = "\"3599\"";

    CannedDaraja() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    synchronized CannedDaraja answer(String path, Answer answer) {
        answers.computeIfAbsent(path, p -> new ArrayDeque<>()).add(answer);
        return this;
    }

    CannedDaraja answer(String path, int status, String body) {
        return answer(path, Answer.json(status, body));
    }

    /** Token answers carry this {@code expires_in} (raw JSON: a string such as {@code "3599"} or a number). */
    void expiresIn(String rawJson) {
        expiresIn = rawJson;
    }

    /** Token requests wait until {@link #openTokenGate()}. */
    void closeTokenGate() {
        tokenGate = new CountDownLatch(1);
    }

    void openTokenGate() {
        tokenGate.countDown();
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    List<Request> requestsTo(String path) {
        return requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    Request last(String path) {
        List<Request> to = requestsTo(path);
        if (to.isEmpty()) {
            throw new AssertionError("no request to " + path + "; got " + requests());
        }
        return to.get(to.size() - 1);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders()
                .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), String.join(",", v)));
        String path = exchange.getRequestURI().getPath();
        Answer answer;
        synchronized (this) {
            requests.add(new Request(
                    exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), headers, body));
            Deque<Answer> queued = answers.get(path);
            answer = queued == null || queued.isEmpty() ? null : queued.poll();
        }
        if (answer == null && path.equals("/oauth/v1/generate")) {
            awaitQuietly(tokenGate);
            answer = Answer.json(
                    200,
                    "{\"access_token\":\"token-" + tokensIssued.incrementAndGet() + "\",\"expires_in\":" + expiresIn
                            + "}");
        }
        if (answer == null) {
            answer = Answer.json(
                    404, "{\"requestId\":\"x\",\"errorCode\":\"404.001.01\",\"errorMessage\":\"Resource not found\"}");
        }
        if (answer.hang()) {
            awaitQuietly(released);
        }
        if (answer.drop() || answer.hang()) {
            exchange.close();
            throw new IOException("dropped on purpose after reading the request");
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void stop() {
        released.countDown();
        tokenGate.countDown();
        server.stop(0);
    }

    @Override
    public void close() {
        stop();
        executor.shutdownNow();
    }
}
