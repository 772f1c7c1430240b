package com.voicepact.sandbox.mpesa;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Daraja's OAuth: {@code GET /oauth/v1/generate?grant_type=client_credentials} with
 * {@code Authorization: Basic base64(key:secret)} answers {@code {"access_token":"...","expires_in":"3599"}}
 * (a string); wrong credentials {@code 400.008.01 "Invalid Authentication passed"}, a grant type other than
 * {@code client_credentials} {@code 400.008.02 "Invalid grant type passed"}. Every other call needs
 * {@code Authorization: Bearer <token>}; a missing, unknown or expired token answers HTTP 404
 * {@code 404.001.03 "Invalid Access Token"}.
 */
final class SandboxAuth {

    private final ObjectMapper json;
    private final Clock clock;
    private final DarajaSandboxSettings settings;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();

    SandboxAuth(ObjectMapper json, Clock clock, DarajaSandboxSettings settings) {
        this.json = json;
        this.clock = clock;
        this.settings = settings;
    }

    ObjectNode generate(String authorization, String grantType) {
        String expected = "Basic "
                + Base64.getEncoder()
                        .encodeToString((settings.consumerKey() + ":" + settings.consumerSecret())
                                .getBytes(StandardCharsets.UTF_8));
        if (authorization == null
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8),
                        authorization.strip().getBytes(StandardCharsets.UTF_8))) {
            throw new GatewayError(GatewayError.BAD_AUTHENTICATION, "Invalid Authentication passed");
        }
        if (!"client_credentials".equals(grantType)) {
            throw new GatewayError(GatewayError.BAD_GRANT_TYPE, "Invalid grant type passed");
        }
        String token = SandboxIds.accessToken();
        tokens.put(token, clock.instant().plus(settings.tokenLifetime()));
        return json.createObjectNode()
                .put("access_token", token)
                .put("expires_in", Long.toString(settings.tokenLifetime().toSeconds()));
    }

    void check(String authorization) {
        String token = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring(7).strip()
                : "";
        Instant expiry = tokens.get(token);
        if (expiry == null || !clock.instant().isBefore(expiry)) {
            throw new GatewayError(GatewayError.INVALID_TOKEN, "Invalid Access Token");
        }
    }
}
