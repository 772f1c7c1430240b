package com.voicepact.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * Server-sent events from a sandbox's JDK HTTP server to the phone simulator page: {@link #subscribe} answers a
 * {@code GET} with {@code text/event-stream} and keeps the exchange open (no server thread is held while it waits);
 * {@link #publish} writes {@code event: <type>\ndata: <one line of JSON>\n\n} to every open stream, in order, from one
 * writer thread of its own: a page that reads slowly never holds up the sandbox's API (the service's SMS sends). A
 * stream whose write fails (the tab was closed) is dropped. Any origin may listen ({@code Access-Control-Allow-Origin: *}): the
 * page is served by the AT sandbox and also listens to the local Daraja, on another port.
 */
public final class EventStream implements AutoCloseable {

    private final List<HttpExchange> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "sandbox-events");
        thread.setDaemon(true);
        return thread;
    });

    /** Starts the stream on {@code exchange}; the caller must not close it (it stays open until the page goes). */
    public void subscribe(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        exchange.sendResponseHeaders(200, 0);
        // retry: how soon the browser reconnects after the sandbox went away (ms)
        if (write(exchange, "retry: 1000\n\n")) {
            listeners.add(exchange);
        }
    }

    /** Sends one event, {@code json} being a single line of JSON, to every open stream (soon, on the writer thread). */
    public void publish(String type, String json) {
        String frame = "event: " + type + "\ndata: " + json + "\n\n";
        try {
            writer.execute(() -> {
                for (HttpExchange listener : listeners) {
                    if (!write(listener, frame)) {
                        listeners.remove(listener);
                        listener.close();
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            // closed: nobody listens any more
        }
    }

    /** How many pages listen now. */
    public int listeners() {
        return listeners.size();
    }

    private static boolean write(HttpExchange exchange, String frame) {
        // one writer at a time per stream: events from several sandbox threads must not interleave
        synchronized (exchange) {
            try {
                OutputStream out = exchange.getResponseBody();
                out.write(frame.getBytes(StandardCharsets.UTF_8));
                out.flush();
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }

    @Override
    public void close() {
        writer.shutdownNow();
        listeners.forEach(HttpExchange::close);
        listeners.clear();
    }
}
