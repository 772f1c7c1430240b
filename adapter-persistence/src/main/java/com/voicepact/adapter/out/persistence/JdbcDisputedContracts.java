package com.voicepact.adapter.out.persistence;

import com.voicepact.application.contract.port.out.DisputedContracts;
import com.voicepact.domain.contract.ContractId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;

/** The disputes waiting for a decision: DISPUTED contracts with no resolution recorded (index of V120). */
@Singleton
final class JdbcDisputedContracts implements DisputedContracts {

    private static final String AWAITING = " FROM contracts WHERE status = 'DISPUTED' AND dispute_resolution IS NULL";
    private final SqlReads sql;

    JdbcDisputedContracts(TransactionOperations<Connection> transactions) {
        this.sql = new SqlReads(transactions);
    }

    @Override
    public List<ContractId> awaitingDecision(int limit, int offset) {
        return sql.list(
                "SELECT id" + AWAITING + " ORDER BY dispute_raised_at, id LIMIT ? OFFSET ?",
                row -> new ContractId(row.getString("id")),
                limit,
                offset);
    }

    @Override
    public long countAwaitingDecision() {
        return sql.count("SELECT COUNT(*)" + AWAITING);
    }
}
