package com.voicepact.adapter.out.mpesa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The app's callback URLs in a test: every post is fed at once to the gateway's {@link DarajaSettlements} (as the web
 * controller will), and the body with the commands it made is kept in arrival order. Paths are those
 * {@link DarajaConfig} hangs under the callback base {@code /cb}.
 */
final class SettlingReceiver implements AutoCloseable {

    record Received(String path, JsonNode body, String raw, Optional<SettleMovementCommand> command) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private volatile DarajaSettlements settlements;

    SettlingReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/cb/", exchange -> {
            String path = exchange.getRequestURI().getPath().substring("/cb".length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = 200;
            try {
                Optional<SettleMovementCommand> command = map(path, body);
                synchronized (received) {
                    received.add(new Received(path, JSON.readTree(body), body, command));
                }
            } catch (RuntimeException refused) {
                status = 400; // not the callback this path takes: as the web controller will answer
            }
            byte[] answer = "{\"ResultCode\":0,\"ResultDesc\":\"Accepted\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    void feeding(DarajaSettlements to) {
        this.settlements = to;
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/cb";
    }

    private Optional<SettleMovementCommand> map(String path, String body) {
        return switch (path) {
            case "/stk" -> settlements.stkCallback(body);
            case "/b2c/result" -> settlements.b2cResult(body);
            case "/status/result" -> settlements.transactionStatusResult(body);
            case "/reversal/result" -> settlements.reversalResult(body);
            case "/balance/result" -> settlements.accountBalanceResult(body);
            default -> settlements.queueTimeout(body);
        };
    }

    List<Received> at(String path) {
        synchronized (received) {
            return received.stream().filter(r -> r.path().equals(path)).toList();
        }
    }

    /** Waits (bounded) for a post to {@code path} matching {@code which}: the sandbox posts from its own threads. */
    Received await(String path, Predicate<Received> which) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<Received> found = at(path).stream().filter(which).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no callback at " + path + " within 10 s; received " + at(path).size());
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
