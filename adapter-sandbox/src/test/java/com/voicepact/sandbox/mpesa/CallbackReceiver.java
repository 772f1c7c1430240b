package com.voicepact.sandbox.mpesa;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A stand-in for the app's callback URLs: records every post in arrival order and answers 200. */
final class CallbackReceiver implements AutoCloseable {

    record Received(String path, String contentType, String body, java.util.Map<String, String> headers) {}

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();

    CallbackReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (received) {
                java.util.Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
                received.add(new Received(
                        exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        body,
                        headers));
            }
            byte[] answer = "{\"ResultCode\":0,\"ResultDesc\":\"Accepted\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Received> all() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    List<Received> received(String path) {
        return all().stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Waits (bounded) until {@code count} posts reached {@code path}: the sandbox posts from its own threads. */
    List<Received> await(String path, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (received(path).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return received(path);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
