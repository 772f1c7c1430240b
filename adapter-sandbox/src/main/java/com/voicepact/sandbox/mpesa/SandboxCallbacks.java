package com.voicepact.sandbox.mpesa;

import com.fasterxml.jackson.databind.JsonNode;
import com.voicepact.domain.common.CallbackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
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

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "daraja-sandbox-callbacks");
        thread.setDaemon(true);
        return thread;
    });
    private final SandboxFaults faults;
    private final List<DeliveredCallback> delivered = Collections.synchronizedList(new ArrayList<>());
    /** Callbacks scheduled and not yet posted (their delay has not run out). */
    private final java.util.Set<LatePost> late = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Set by the service that embeds the sandbox; read by the callback threads. Null: unsigned. */
    private volatile CallbackSignature signature;

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
        LatePost post = new LatePost(() -> {
            if (noticeFirst) {
                deliver(timeoutUrl, notice);
            }
            deliver(url, body);
            if (twice) {
                deliver(url, body);
            }
        });
        late.add(post);
        executor.schedule(post::runOnce, faults.callbackDelayMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Posts now every callback still waiting for its delay ({@link SandboxFaults#callbackDelay}), each once, and returns
     * how many: a test makes a callback late by a delay it never waits out, lets the app settle the movement otherwise
     * (a query), then has the late callback arrive at a point it chose, not at a time.
     */
    int deliverLateNow() {
        int released = 0;
        for (LatePost post : late) {
            if (post.claimed.compareAndSet(false, true)) {
                late.remove(post);
                executor.execute(post.action);
                released++;
            }
        }
        return released;
    }

    /** A scheduled post that runs once, whether its delay ran out or {@link #deliverLateNow} released it first. */
    private final class LatePost {
        private final java.util.concurrent.atomic.AtomicBoolean claimed =
                new java.util.concurrent.atomic.AtomicBoolean();
        private final Runnable action;

        LatePost(Runnable action) {
            this.action = action;
        }

        void runOnce() {
            if (claimed.compareAndSet(false, true)) {
                late.remove(this);
                action.run();
            }
        }
    }

    /** With a secret, every callback is signed as a signing proxy would, by the {@link CallbackSignature} rule; null or blank: unsigned. */
    void signWith(String secret) {
        signature = CallbackSignature.ifSecret(secret).orElse(null);
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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text));
        CallbackSignature signer = signature;
        if (signer != null) {
            // real time, not the sandbox's clock: the app checks the timestamp against its own clock
            CallbackSignature.Signed signed = signer.sign(Instant.now(), text);
            request.header(CallbackSignature.TIMESTAMP_HEADER, signed.timestamp())
                    .header(CallbackSignature.SIGNATURE_HEADER, signed.signature());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
