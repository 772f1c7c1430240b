package com.voicepact.adapter.out.mpesa.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Posts Daraja's callbacks (unsigned JSON, as Daraja's are) on the sandbox's own threads, after the API
 * answered, honouring the fault switches; also runs the sandbox's timers (an STK prompt's timeout).
 */
final class SandboxCallbacks implements AutoCloseable {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "daraja-sandbox-callbacks");
        thread.setDaemon(true);
        return thread;
    });
    private final SandboxFaults faults;
    private final List<DeliveredCallback> delivered = Collections.synchronizedList(new ArrayList<>());

    SandboxCallbacks(SandboxFaults faults) {
        this.faults = faults;
    }

    /** The result of an STK push or of an asynchronous call, posted once (twice with duplicates on), later. */
    void result(String url, JsonNode body) {
        resultAfterNotice(null, null, url, body);
    }

    /** With {@code timeoutNoticeFirst} on, the notice goes to {@code timeoutUrl} before the result. */
    void resultAfterNotice(String timeoutUrl, JsonNode notice, String url, JsonNode body) {
        if (faults.dropCallbacks) {
            return;
        }
        boolean noticeFirst = faults.timeoutNoticeFirst && timeoutUrl != null;
        boolean twice = faults.duplicateCallbacks;
        executor.schedule(() -> {
            if (noticeFirst) {
                deliver(timeoutUrl, notice);
            }
            deliver(url, body);
            if (twice) {
                deliver(url, body);
            }
        }, faults.callbackDelayMillis, TimeUnit.MILLISECONDS);
    }

    void later(Duration delay, Runnable action) {
        executor.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    List<DeliveredCallback> delivered() {
        synchronized (delivered) {
            return List.copyOf(delivered);
        }
    }

    private void deliver(String url, JsonNode body) {
        String text = body.toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(text)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            delivered.add(new DeliveredCallback(url, text, response.statusCode()));
        } catch (IOException e) {
            delivered.add(new DeliveredCallback(url, text, 0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
