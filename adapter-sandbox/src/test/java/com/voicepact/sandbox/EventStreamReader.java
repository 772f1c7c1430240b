package com.voicepact.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Listens to a sandbox's server-sent events over a real socket, as the page's EventSource does. */
public final class EventStreamReader implements AutoCloseable {

    /** One event: its name and its data line. */
    public record Event(String type, String data) {}

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private final HttpResponse<java.util.stream.Stream<String>> response;
    private final Thread reader;

    public EventStreamReader(URI url) throws Exception {
        response = http.send(
                HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofLines());
        reader = new Thread(() -> {
            String[] type = {null};
            response.body().forEach(line -> {
                if (line.startsWith("event: ")) {
                    type[0] = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    events.add(new Event(type[0], line.substring(6)));
                }
            });
        });
        reader.setDaemon(true);
        reader.start();
    }

    public HttpResponse<?> response() {
        return response;
    }

    /** The next event of {@code type} whose data contains {@code text}, waiting at most 5 s; earlier ones are skipped. */
    public Event next(String type, String text) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            Event event = events.poll(100, TimeUnit.MILLISECONDS);
            if (event != null && event.type().equals(type) && event.data().contains(text)) {
                return event;
            }
        }
        throw new AssertionError("no '" + type + "' event containing " + text + " within 5 s");
    }

    @Override
    public void close() {
        reader.interrupt();
        response.body().close();
    }
}
