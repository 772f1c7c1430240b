package com.voicepact.application.fakes;

import com.voicepact.application.escrow.port.out.PaymentCallbacksPort;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A provider's callback translator for tests: it takes the routes a per-kind provider posts to (Daraja's paths) and
 * answers, for a body, the reading a test scripted for it ({@link #willRead}); any other body is unreadable.
 */
public final class ScriptedPaymentCallbacks implements PaymentCallbacksPort {

    /** The routes, as the M-Pesa adapter builds them under its callback base. */
    public static final Set<String> ROUTES = Set.of(
            "stk",
            "b2c/result",
            "b2c/timeout",
            "status/result",
            "status/timeout",
            "reversal/result",
            "reversal/timeout",
            "balance/result",
            "balance/timeout");

    private final Map<String, Reading> scripted = new ConcurrentHashMap<>();

    public void willRead(String body, Reading reading) {
        scripted.put(body, reading);
    }

    @Override
    public boolean reads(String route) {
        return ROUTES.contains(route);
    }

    @Override
    public Reading read(String route, String contentType, String body) {
        return scripted.getOrDefault(
                body == null ? "" : body, new Reading.Unreadable("not a callback this test scripted"));
    }
}
