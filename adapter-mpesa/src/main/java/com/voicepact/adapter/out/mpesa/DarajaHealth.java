package com.voicepact.adapter.out.mpesa;

import com.voicepact.application.operations.port.out.ComponentHealthPort;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /health}'s payment component on M-Pesa Daraja ({@code payment_service}), read from the calls the client made
 * (no call of its own: a load balancer's probe never reaches Safaricom). Healthy until {@value #UNANSWERED_LIMIT} calls in
 * a row got no answer (no connection, a timeout, a broken connection); any answer, a refusal included, makes it healthy
 * again. Details: {@code payment_provider} {@code mpesa}, and {@code payment_daraja}: {@code not called yet},
 * {@code answering}, or how many calls in a row went unanswered and why.
 */
public final class DarajaHealth implements ComponentHealthPort {

    /** As many unanswered calls in a row as open an Africa's Talking circuit. */
    static final int UNANSWERED_LIMIT = 5;

    private int unanswered;
    private boolean called;
    private String lastProblem = "";

    synchronized void answered() {
        called = true;
        unanswered = 0;
    }

    synchronized void unanswered(String problem) {
        called = true;
        unanswered++;
        lastProblem = problem;
    }

    @Override
    public String component() {
        return "payment_service";
    }

    @Override
    public synchronized boolean isHealthy() {
        return unanswered < UNANSWERED_LIMIT;
    }

    @Override
    public synchronized Map<String, String> details() {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("payment_provider", "mpesa");
        details.put(
                "payment_daraja",
                !called
                        ? "not called yet"
                        : unanswered == 0 ? "answering" : unanswered + " call(s) in a row unanswered: " + lastProblem);
        return details;
    }
}
