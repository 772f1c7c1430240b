package com.voicepact.adapter.out.mpesa;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/** Where Daraja posts its results: the callback base URL, its checks, and the routes that hang under it. */
public final class DarajaCallbackUrls {

    /**
     * Where the application takes Daraja's callbacks: {@code MPESA_CALLBACK_BASE_URL} is the service's public origin followed
     * by this path and the callback token ({@code VOICEPACT_CALLBACK_TOKEN}), see {@link #base}.
     */
    public static final String PATH = "/api/v1/payments/callbacks";
    /** The callback routes under the base, one per URL method of {@link DarajaConfig} ({@code stk}, {@code b2c/result}, ...). */
    public static final List<String> ROUTES = List.of(
            "stk",
            "b2c/result",
            "b2c/timeout",
            "status/result",
            "status/timeout",
            "reversal/result",
            "reversal/timeout",
            "balance/result",
            "balance/timeout");
    /** Words Safaricom refuses in a callback URL (case-insensitive). */
    public static final List<String> FORBIDDEN_WORDS =
            List.of("mpesa", "m-pesa", "safaricom", "sql", "query", "exec", "cmd");

    private DarajaCallbackUrls() {}

    /**
     * The callback base for a service reachable at {@code origin} ({@code https://pay.example.org}, or
     * {@code http://127.0.0.1:8080} for the local sandbox) with callback token {@code token}:
     * {@code origin + PATH + "/" + token}, or {@code origin + PATH} when no token is configured
     * (null or blank; then the callback addresses are protected by the source allowlist only).
     *
     * @throws IllegalArgumentException when the token is not URL-safe ({@code A-Z a-z 0-9 - _ .})
     */
    public static String base(String origin, String token) {
        if (token == null || token.isBlank()) {
            return withoutTrailingSlash(origin) + PATH;
        }
        if (!token.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("the callback token must be letters, digits, '-', '_' or '.'");
        }
        return withoutTrailingSlash(origin) + PATH + "/" + token;
    }

    /**
     * {@code url} without its trailing slash, checked as Safaricom checks it.
     *
     * @throws IllegalArgumentException naming {@code MPESA_CALLBACK_BASE_URL}: absent, not an absolute http(s) URL, plain
     *         HTTP in production, or with a word of {@link #FORBIDDEN_WORDS}
     */
    static String checked(DarajaEnvironment environment, String url) {
        require(url != null && !url.isBlank(), "MPESA_CALLBACK_BASE_URL is required");
        String base = withoutTrailingSlash(url);
        URI uri;
        try {
            uri = new URI(base);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("MPESA_CALLBACK_BASE_URL is not a URL: '" + url + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        require(
                uri.getHost() != null && (scheme.equals("https") || scheme.equals("http")),
                "MPESA_CALLBACK_BASE_URL must be an absolute http(s) URL, got '" + url + "'");
        require(
                environment == DarajaEnvironment.SANDBOX || scheme.equals("https"),
                "MPESA_CALLBACK_BASE_URL must be HTTPS in production (Safaricom refuses plain HTTP), got '" + url
                        + "'");
        String lower = base.toLowerCase(Locale.ROOT);
        List<String> found = FORBIDDEN_WORDS.stream().filter(lower::contains).toList();
        require(
                found.isEmpty(),
                "MPESA_CALLBACK_BASE_URL must not contain " + found
                        + " (Safaricom refuses callback URLs with the words " + FORBIDDEN_WORDS + "), got '" + url
                        + "'");
        return base;
    }

    static String withoutTrailingSlash(String url) {
        String s = url.strip();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
