package com.voicepact.sandbox.africastalking;

import com.voicepact.domain.common.CallbackSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Posts AT-shaped callbacks to the app, signed by the {@link CallbackSignature} rule when a secret is set; duplicates or holds them on request. */
final class SandboxCallbacks {

    record Callback(String url, String contentType, String body) {}

    record Delivery(Callback callback, int status, String answer) {}

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    /** Null when no signing secret is set: callbacks go unsigned. */
    private final CallbackSignature signature;

    private final SandboxFaults faults;
    private final Clock clock;
    private final List<Callback> held = new ArrayList<>();
    private final List<Delivery> delivered = Collections.synchronizedList(new ArrayList<>());

    SandboxCallbacks(String signingSecret, SandboxFaults faults, Clock clock) {
        this.signature = CallbackSignature.ifSecret(signingSecret).orElse(null);
        this.faults = faults;
        this.clock = clock;
    }

    /** Posts now (or holds it back); returns the app's answer body, or null when held or unposted. */
    String post(String url, String contentType, String body) {
        if (url == null) {
            return null;
        }
        Callback callback = new Callback(url, contentType, body);
        synchronized (held) {
            if (faults.holdCallbacks) {
                held.add(callback);
                return null;
            }
        }
        String answer = deliver(callback);
        if (faults.duplicateCallbacks) {
            deliver(callback);
        }
        return answer;
    }

    /** Runs {@code task} once {@code delay} is over, off the caller's thread: a provider's timeout. */
    void later(Duration delay, Runnable task) {
        CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS)
                .execute(task);
    }

    void releaseHeldInReverse() {
        List<Callback> toSend;
        synchronized (held) {
            toSend = new ArrayList<>(held);
            held.clear();
        }
        Collections.reverse(toSend);
        toSend.forEach(this::deliver);
    }

    /** The held callbacks are lost for good (AT gave up on them). */
    void dropHeld() {
        synchronized (held) {
            held.clear();
        }
    }

    List<Delivery> delivered() {
        synchronized (delivered) {
            return List.copyOf(delivered);
        }
    }

    private String deliver(Callback callback) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(callback.url()))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", callback.contentType())
                .POST(HttpRequest.BodyPublishers.ofString(callback.body()));
        if (signature != null) {
            CallbackSignature.Signed signed = signature.sign(clock.instant(), callback.body());
            request.header(CallbackSignature.TIMESTAMP_HEADER, signed.timestamp())
                    .header(CallbackSignature.SIGNATURE_HEADER, signed.signature());
        }
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            delivered.add(new Delivery(callback, response.statusCode(), response.body()));
            return response.body();
        } catch (java.io.IOException e) {
            delivered.add(new Delivery(callback, 0, e.toString()));
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
