package com.voicepact.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the data live: {@code DATABASE_URL} (PostgreSQL), or absent the embedded default, an H2 file database under
 * {@code VOICEPACT_DATA_DIR}, which also keeps the secrets the embedded service makes for itself.
 *
 * @param dataDir absolute, normalised
 * @param databaseUrl null on the embedded default
 */
record StorageSettings(Path dataDir, String databaseUrl, String databaseUser, String databasePassword) {

    /**
     * PostgreSQL mode for the one schema, and {@code WRITE_DELAY=0}: H2's MVStore otherwise writes commits to
     * its file in the background about once a second, so a commit already answered to a client was lost
     * when the process was killed. With 0 each commit is written to the file (the OS's page cache) before
     * it returns: it survives a process kill, not a power loss (no fsync per commit; docs/escrow.md, Durability).
     */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    /**
     * @throws StartupRefusedException when {@code DATABASE_URL} is set but empty (a template's {@code DATABASE_URL=} meant a
     *         database; falling back to H2 would keep the data on this machine without a word)
     */
    static StorageSettings read(EnvironmentVariables env) {
        EnvironmentVariables.refuseIf(
                env.setButBlank(Variable.DATABASE_URL),
                Variable.DATABASE_URL + " is set but empty: give the PostgreSQL JDBC URL"
                        + " (jdbc:postgresql://HOST:5432/DATABASE), or unset it for the embedded H2 database under "
                        + Variable.VOICEPACT_DATA_DIR);
        String url = env.given(Variable.DATABASE_URL);
        String user = env.given(Variable.DATABASE_USERNAME);
        String password = env.given(Variable.DATABASE_PASSWORD);
        return new StorageSettings(
                usableDirectory(env.text(Variable.VOICEPACT_DATA_DIR)),
                url,
                user != null ? user : url == null ? "sa" : "",
                password == null ? "" : password);
    }

    /** No {@code DATABASE_URL}: H2 under the data directory. */
    boolean isEmbedded() {
        return databaseUrl == null;
    }

    String jdbcUrl() {
        return isEmbedded() ? "jdbc:h2:file:" + dataDir.resolve("voicepact") + H2_OPTIONS : databaseUrl;
    }

    /** The data directory, made when missing; refused when it cannot be made or written (before: a pool's stack trace). */
    private static Path usableDirectory(String value) {
        Path dir = Path.of(value).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException | RuntimeException e) {
            dir = null;
        }
        EnvironmentVariables.refuseIf(
                dir == null || !Files.isWritable(dir),
                Variable.VOICEPACT_DATA_DIR + " must be a directory the service can create and write, got '" + value
                        + "'");
        return dir;
    }
}
