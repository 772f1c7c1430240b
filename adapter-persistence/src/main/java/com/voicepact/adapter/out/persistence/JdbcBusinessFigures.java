package com.voicepact.adapter.out.persistence;

import com.voicepact.application.operations.port.out.BusinessFigures;
import com.voicepact.application.operations.port.out.BusinessFiguresPort;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.PayoutKind;
import com.voicepact.domain.payment.PayoutState;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** The business figures as five aggregate queries (GROUP BY) in one read-only transaction: no row is loaded. */
@Singleton
final class JdbcBusinessFigures implements BusinessFiguresPort {

    private static final String BALANCE =
            "SELECT currency, SUM(CASE WHEN side = 'CREDIT' THEN amount ELSE -amount END) FROM ledger_lines"
                    + " WHERE account_type IN (%s) GROUP BY currency";

    private final TransactionOperations<Connection> transactions;

    JdbcBusinessFigures(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public BusinessFigures read() {
        return transactions.executeRead(status -> {
            Connection connection = status.getConnection();
            try {
                return new BusinessFigures(
                        counts(
                                connection,
                                "SELECT status, COUNT(*) FROM contracts GROUP BY status",
                                ContractStatus.class),
                        balances(connection, BALANCE.formatted("'ESCROW'")),
                        balances(connection, BALANCE.formatted("'SELLER_PAYABLE', 'BUYER_PAYABLE'")),
                        counts(
                                connection,
                                "SELECT status, COUNT(*) FROM payments GROUP BY status",
                                PaymentStatus.class),
                        payouts(connection),
                        smsCounts(connection));
            } catch (SQLException e) {
                throw new IllegalStateException("the business figures could not be read", e);
            }
        });
    }

    private static <E extends Enum<E>> Map<E, Long> counts(Connection connection, String sql, Class<E> type)
            throws SQLException {
        Map<E, Long> counts = new EnumMap<>(type);
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(Enum.valueOf(type, rows.getString(1)), rows.getLong(2));
            }
        }
        return counts;
    }

    /** Credits minus debits: ESCROW and the payables are what we owe, so they grow on the credit side. */
    private static Map<CurrencyCode, BigDecimal> balances(Connection connection, String sql) throws SQLException {
        Map<CurrencyCode, BigDecimal> balances = new EnumMap<>(CurrencyCode.class);
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                CurrencyCode currency = CurrencyCode.valueOf(rows.getString(1));
                balances.put(currency, rows.getBigDecimal(2).setScale(currency.minorUnits(), RoundingMode.UNNECESSARY));
            }
        }
        return balances;
    }

    private static Map<PayoutKind, Map<PayoutState, Long>> payouts(Connection connection) throws SQLException {
        Map<PayoutKind, Map<PayoutState, Long>> payouts = new EnumMap<>(PayoutKind.class);
        try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT kind, state, COUNT(*) FROM payment_payouts GROUP BY kind, state");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                payouts.computeIfAbsent(PayoutKind.valueOf(rows.getString(1)), k -> new EnumMap<>(PayoutState.class))
                        .put(PayoutState.valueOf(rows.getString(2)), rows.getLong(3));
            }
        }
        return payouts;
    }

    private static Map<String, Long> smsCounts(Connection connection) throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT status, COUNT(*) FROM sms_log GROUP BY status");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }
}
