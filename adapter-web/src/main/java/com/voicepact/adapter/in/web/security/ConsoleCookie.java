package com.voicepact.adapter.in.web.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import java.time.Duration;
import java.util.Optional;

/**
 * The console's session cookie: HttpOnly (the page's scripts never read the token), SameSite=Strict (no other site's
 * page sends it), Secure when the request came over https (directly, or through a proxy that says so in
 * {@code X-Forwarded-Proto}), on path {@code /} because the console calls the operator API under {@code /api/v1}.
 */
public final class ConsoleCookie {

    public static final String NAME = "voicepact_console";
    /** The header the page sends the session's CSRF token in, on every unsafe request. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private ConsoleCookie() {}

    /** The session token the request's cookie carries, if any. */
    public static Optional<String> tokenOf(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).map(Cookie::getValue).filter(v -> !v.isBlank());
    }

    /** A cookie holding {@code token} for at most {@code maxAge} (the session's absolute life). */
    public static Cookie of(String token, HttpRequest<?> request, Duration maxAge) {
        return Cookie.of(NAME, token)
                .httpOnly(true)
                .sameSite(SameSite.Strict)
                .secure(isHttps(request))
                .path("/")
                .maxAge(maxAge);
    }

    /** The cookie that makes the browser forget the session. */
    public static Cookie cleared(HttpRequest<?> request) {
        return of("", request, Duration.ZERO);
    }

    /** Whether the request's method changes something (anything but GET, HEAD and OPTIONS), so needs a CSRF token. */
    public static boolean isUnsafe(HttpRequest<?> request) {
        return switch (request.getMethod()) {
            case GET, HEAD, OPTIONS -> false;
            default -> true;
        };
    }

    static boolean isHttps(HttpRequest<?> request) {
        return request.isSecure()
                || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
    }
}
