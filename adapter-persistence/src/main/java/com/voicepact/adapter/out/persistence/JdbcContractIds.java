package com.voicepact.adapter.out.persistence;

import com.voicepact.application.contract.port.out.ContractIdPort;
import com.voicepact.domain.contract.ContractId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;

/** Contract numbers from a database sequence: unique across every node sharing the database. */
@Singleton
final class JdbcContractIds implements ContractIdPort {

    private final ContractRepository contracts;
    private final TransactionOperations<Connection> transactions;

    JdbcContractIds(ContractRepository contracts, TransactionOperations<Connection> transactions) {
        this.contracts = contracts;
        this.transactions = transactions;
    }

    @Override
    public ContractId nextContractId(int year) {
        return ContractId.of(year, transactions.executeWrite(status -> contracts.nextContractNumber()));
    }
}
