package com.voicepact.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Secrets the service makes for itself when none are configured, kept under the data directory
 * (owner-only permissions) so that they survive restarts instead of being regenerated each time.
 */
final class LocalSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path dataDir;

    LocalSecrets(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** The secret stored under {@code name}; empty when it was just created now. */
    Optional<String> existing(String name) {
        Path file = dataDir.resolve(name);
        try {
            return Files.exists(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    String create(String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path file = dataDir.resolve(name);
        try {
            Files.createDirectories(dataDir);
            Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
            restrictToOwner(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return secret;
    }

    Path pathOf(String name) {
        return dataDir.resolve(name);
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the data directory's own permissions apply
        }
    }
}
