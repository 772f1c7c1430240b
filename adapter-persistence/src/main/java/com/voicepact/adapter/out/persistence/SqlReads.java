package com.voicepact.adapter.out.persistence;

import io.micronaut.transaction.TransactionOperations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL reads for the console's read models, in one read-only transaction each: the statement's parameters and a
 * mapper of each row. A failure is the driver's, wrapped (it is logged on our side and answered 500 without its words).
 */
final class SqlReads {

    /** One row to one value; may throw the driver's exception. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final TransactionOperations<Connection> transactions;

    SqlReads(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    List<T> read = new ArrayList<>();
                    while (rows.next()) {
                        read.add(row.read(rows));
                    }
                    return read;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("console read failed: " + sql, e);
            }
        });
    }

    long count(String sql, Object... parameters) {
        return list(sql, rows -> rows.getLong(1), parameters).get(0);
    }

    /** A timestamp column as an instant (null stays null). */
    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
