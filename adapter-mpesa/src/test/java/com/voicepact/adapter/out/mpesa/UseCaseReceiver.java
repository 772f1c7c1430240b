package com.voicepact.adapter.out.mpesa;

import com.sun.net.httpserver.HttpServer;
import com.voicepact.application.escrow.port.in.PaymentProviderUnavailableException;
import com.voicepact.application.escrow.port.in.ReceivePaymentCallbackCommand;
import com.voicepact.application.escrow.port.in.ReceivePaymentCallbackUseCase;
import com.voicepact.domain.InvalidValueException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The application's Daraja callback addresses in a test, as adapter-web's {@code PaymentCallbackController} serves them:
 * {@code /api/v1/payments/callbacks/<token>/<route>} handed to {@link ReceivePaymentCallbackUseCase}, answered 200
 * {@code {"ResultCode":0,"ResultDesc":"Accepted"}}, 400 for an unreadable body, 503 when the provider cannot confirm.
 */
final class UseCaseReceiver implements AutoCloseable {

    static final String TOKEN = "cb-token-1";

    record Answered(String route, String body, int status) {}

    private final HttpServer server;
    private final List<Answered> answered = new ArrayList<>();
    private volatile ReceivePaymentCallbackUseCase callbacks;

    UseCaseReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        String prefix = DarajaCallbackUrls.PATH + "/" + TOKEN + "/";
        server.createContext(prefix, exchange -> {
            String route = exchange.getRequestURI().getPath().substring(prefix.length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = 200;
            String answer = "{\"ResultCode\":0,\"ResultDesc\":\"Accepted\"}";
            try {
                callbacks.receive(new ReceivePaymentCallbackCommand(route, "application/json", body));
            } catch (InvalidValueException unreadable) {
                status = 400;
                answer = "{\"reason\":\"invalid\"}";
            } catch (PaymentProviderUnavailableException unconfirmed) {
                status = 503;
                answer = "{\"reason\":\"unavailable\"}";
            }
            synchronized (answered) {
                answered.add(new Answered(route, body, status));
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
    }

    void feeding(ReceivePaymentCallbackUseCase to) {
        this.callbacks = to;
    }

    String base() {
        return DarajaCallbackUrls.base("http://127.0.0.1:" + server.getAddress().getPort(), TOKEN);
    }

    List<Answered> answered() {
        synchronized (answered) {
            return List.copyOf(answered);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
