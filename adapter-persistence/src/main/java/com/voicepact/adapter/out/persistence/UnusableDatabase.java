package com.voicepact.adapter.out.persistence;

import java.sql.SQLException;
import java.util.Optional;

/** Reads a failure for what the database said, so that a service that cannot start can say it in one line. */
public final class UnusableDatabase {

    private UnusableDatabase() {}

    /**
     * The database driver's words (PostgreSQL's name the address it could not reach) when {@code failure} or one of its
     * causes is the database's; empty otherwise.
     */
    public static Optional<String> driverWords(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return Optional.ofNullable(sql.getMessage());
            }
        }
        return Optional.empty();
    }
}
