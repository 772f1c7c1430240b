package com.voicepact.adapter.out.africastalking;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A stand-in for the app's callback URLs: records every callback; the USSD one answers a small menu. */
final class TestReceiver implements AutoCloseable {

    record Received(String path, String contentType, Map<String, String> headers, String body) {}

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();

    TestReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
            synchronized (received) {
                received.add(new Received(
                        exchange.getRequestURI().getPath(),
                        exchange.getRequestHeaders().getFirst("Content-Type"),
                        headers,
                        body));
            }
            String path = exchange.getRequestURI().getPath();
            String answer = path.startsWith("/api/v1/ussd")
                    ? ussd(body)
                    : path.startsWith("/api/v1/voice") && body.contains("isActive=1")
                            ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say voice=\"woman\">This call is recorded to write your "
                                    + "contract.</Say><Dial phoneNumbers=\"+254722000111\" record=\"true\"/></Response>"
                            : "{\"status\":\"ok\"}";
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    private static String ussd(String form) {
        return form.contains("text=&") || form.endsWith("text=")
                ? "CON Welcome to VoicePact\n1. View My Contracts\n0. Exit"
                : "END Thank you for using VoicePact!";
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> received(String pathPrefix) {
        synchronized (received) {
            return received.stream()
                    .filter(r -> r.path().startsWith(pathPrefix))
                    .toList();
        }
    }

    /** Waits (bounded) for callbacks that the sandbox posts from its own threads. */
    List<Received> await(String pathPrefix, int count) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (received(pathPrefix).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return received(pathPrefix);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
