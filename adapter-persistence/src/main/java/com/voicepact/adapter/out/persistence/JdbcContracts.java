package com.voicepact.adapter.out.persistence;

import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.contract.port.shared.ContractPage;
import com.voicepact.application.contract.port.shared.ContractSearch;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@Singleton
final class JdbcContracts implements Contracts {

    private static final UniqueKey[] KEYS = {
        UniqueKey.primaryKey("contracts", "id", "a contract with this id exists already"),
        new UniqueKey(
                "contract_confirmations_contract_id_phone_key",
                "contract_confirmations",
                "contract_id",
                "this party's decision was recorded by someone else")
    };
    private final ContractRepository contracts;
    private final PartyRepository parties;
    private final ConfirmationRepository confirmations;
    private final TransactionOperations<Connection> transactions;

    JdbcContracts(
            ContractRepository contracts,
            PartyRepository parties,
            ConfirmationRepository confirmations,
            TransactionOperations<Connection> transactions) {
        this.contracts = contracts;
        this.parties = parties;
        this.confirmations = confirmations;
        this.transactions = transactions;
    }

    @Override
    public Contract save(Contract contract) {
        return DatabaseFailures.write(
                transactions,
                "contract " + contract.id() + " (version " + contract.version() + ")",
                status -> contract.version() == 0 ? insert(contract) : update(contract),
                KEYS);
    }

    private Contract insert(Contract contract) {
        ContractEntity saved = contracts.save(ContractMapper.toEntity(contract));
        parties.saveAll(ContractMapper.partiesOf(contract));
        confirmations.saveAll(ContractMapper.confirmationsOf(contract));
        return reload(saved);
    }

    /** The versioned UPDATE goes first: a stale writer is stopped before it touches any child row. */
    private Contract update(Contract contract) {
        ContractEntity saved = contracts.update(ContractMapper.toEntity(contract));
        confirmations.deleteByContractId(contract.id().value());
        confirmations.saveAll(ContractMapper.confirmationsOf(contract));
        return reload(saved);
    }

    private Contract reload(ContractEntity saved) {
        return assemble(List.of(saved)).get(0);
    }

    @Override
    public Optional<Contract> findById(ContractId id) {
        return transactions.executeRead(status ->
                contracts.findById(id.value()).map(e -> assemble(List.of(e)).get(0)));
    }

    @Override
    public Optional<Contract> findByIdForUpdate(ContractId id) {
        return DatabaseFailures.write(transactions, "contract " + id, status -> {
            contracts.lockById(id.value()); // held until the caller's transaction ends
            return contracts.findById(id.value()).map(e -> assemble(List.of(e)).get(0));
        });
    }

    @Override
    public ContractPage search(ContractSearch search) {
        String status = search.status() == null ? "" : search.status().name();
        String phone = search.party() == null ? "" : search.party().e164();
        return transactions.executeRead(s -> new ContractPage(
                assemble(contracts.search(status, phone, search.limit(), search.offset())),
                contracts.countSearch(status, phone),
                search.limit(),
                search.offset()));
    }

    @Override
    public List<Contract> findByParty(PhoneNumber party, int limit) {
        return transactions.executeRead(s -> assemble(contracts.findByParty(party.e164(), limit)));
    }

    @Override
    public List<ContractId> findPendingExpiredAt(Instant at, int limit) {
        return transactions.executeRead(s -> contracts.findPendingExpired(at, limit).stream()
                .map(e -> ContractId.parse(e.id()))
                .toList());
    }

    @Override
    public List<ContractId> findActiveFundedBefore(Instant activatedBefore, int limit) {
        return transactions.executeRead(s -> contracts.findActiveFundedBefore(activatedBefore, limit).stream()
                .map(e -> ContractId.parse(e.id()))
                .toList());
    }

    /** Loads the parties and confirmations of many contracts in two queries, not two per contract. */
    private List<Contract> assemble(List<ContractEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(ContractEntity::id).toList();
        Map<String, List<PartyEntity>> partiesById = parties.findByContractIdInOrderByPosition(ids).stream()
                .collect(Collectors.groupingBy(PartyEntity::contractId));
        Map<String, List<ConfirmationEntity>> confirmationsById =
                confirmations.findByContractIdInOrderByDecidedAt(ids).stream()
                        .collect(Collectors.groupingBy(ConfirmationEntity::contractId));
        return rows.stream()
                .map(e -> ContractMapper.toDomain(
                        e,
                        partiesById.getOrDefault(e.id(), List.of()),
                        confirmationsById.getOrDefault(e.id(), List.of())))
                .toList();
    }
}
