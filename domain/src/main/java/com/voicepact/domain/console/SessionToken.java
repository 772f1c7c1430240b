package com.voicepact.domain.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets of a console session. The token (256 random bits, URL-safe base64) lives only in the operator's
 * cookie; the store keeps its SHA-256. The CSRF token is derived from the session token by a keyed hash, so it
 * needs no storage, differs per session, and cannot be computed from the stored hash.
 */
public final class SessionToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private SessionToken() {}

    /** A fresh session token: 43 URL-safe base64 characters. */
    public static String random() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What the store keeps of {@code token}: its SHA-256, 64 lowercase hex digits. */
    public static String hash(String token) {
        return HexFormat.of().formatHex(sha256("session\n" + token));
    }

    /** The CSRF token of the session {@code token}: 64 lowercase hex digits the page sends back in a header. */
    public static String csrfOf(String token) {
        return HexFormat.of().formatHex(sha256("csrf\n" + token));
    }

    /** Whether {@code presented} is the CSRF token of {@code token}, compared in constant time. */
    public static boolean csrfMatches(String token, String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(
                csrfOf(token).getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
