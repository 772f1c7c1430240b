package com.voicepact.adapter.in.web.security;

import com.voicepact.application.console.port.out.OperatorKeyPort;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The operators' API keys, held only as SHA-256 hashes. A presented key is hashed and compared in
 * constant time; its identity in logs and audit entries is the first 12 hex digits of its hash.
 */
public final class OperatorKeys implements OperatorKeyPort {

    private final List<byte[]> hashes;

    private OperatorKeys(List<byte[]> hashes) {
        this.hashes = hashes;
    }

    /** From SHA-256 hex strings (as in {@code VOICEPACT_API_KEYS}); anything else is refused at start-up. */
    public static OperatorKeys fromSha256Hex(List<String> hexHashes) {
        return new OperatorKeys(hexHashes.stream()
                .map(String::strip)
                .filter(h -> !h.isEmpty())
                .map(OperatorKeys::decode)
                .toList());
    }

    private static byte[] decode(String hex) {
        if (!hex.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException(
                    "an API key hash must be 64 hex digits (SHA-256), got " + hex.length() + " characters");
        }
        return HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT));
    }

    public static String sha256Hex(String key) {
        return HexFormat.of().formatHex(sha256(key));
    }

    @Override
    public Optional<String> identify(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank()) {
            return Optional.empty();
        }
        byte[] presented = sha256(presentedKey.strip());
        boolean matched = false;
        for (byte[] hash : hashes) {
            matched |= MessageDigest.isEqual(hash, presented); // no early exit: timing does not tell which key
        }
        return matched ? Optional.of(HexFormat.of().formatHex(presented).substring(0, 12)) : Optional.empty();
    }

    public boolean isEmpty() {
        return hashes.isEmpty();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }
}
