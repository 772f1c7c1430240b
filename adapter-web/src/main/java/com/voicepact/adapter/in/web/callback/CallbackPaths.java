package com.voicepact.adapter.in.web.callback;

import java.util.List;

/** The provider callback endpoints: authenticated by {@link CallbackGuard}, not by operator API keys. */
public final class CallbackPaths {

    private static final List<String> PREFIXES = List.of(
            "/api/v1/payments/webhook",
            "/api/v1/payments/callbacks",
            "/api/v1/ussd",
            "/api/v1/sms/webhook",
            "/api/v1/sms/delivery-report",
            "/api/v1/voice/webhook");

    private CallbackPaths() {}

    public static boolean isCallback(String path) {
        return !path.startsWith("/api/v1/ussd/test/")
                && PREFIXES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }
}
