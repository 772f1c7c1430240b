package com.voicepact.application.fakes;

import com.voicepact.application.service.AuditLogService;
import com.voicepact.application.service.AuditTrail;
import com.voicepact.application.service.ContractDecisionService;
import com.voicepact.application.service.ContractQueryService;
import com.voicepact.application.service.ContractSettings;
import com.voicepact.application.service.CreateContractService;
import com.voicepact.application.service.ExpireOverdueContractsService;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.testdata.ContractBuilder;
import java.nio.charset.StandardCharsets;

/** Every service wired to in-memory fakes: the whole application without a database. */
public final class InMemoryVoicePact {

    public static final byte[] AUDIT_KEY = "test-audit-key-test-audit-key-32".getBytes(StandardCharsets.UTF_8);

    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final InMemoryContracts contracts = new InMemoryContracts(transactions);
    public final InMemoryAuditLog auditLog = new InMemoryAuditLog(transactions);
    public final SequenceContractIds ids = new SequenceContractIds();
    public final MutableClock clock = new MutableClock(ContractBuilder.T0);
    public final AuditTrail auditTrail = new AuditTrail(auditLog, new AuditChain(AUDIT_KEY), clock);
    public final ContractSettings settings = ContractSettings.defaults();

    public final CreateContractService create = new CreateContractService(contracts, ids, clock, transactions, auditTrail, settings);
    public final ContractQueryService queries = new ContractQueryService(contracts);
    public final ContractDecisionService decisions = new ContractDecisionService(contracts, clock, transactions, auditTrail);
    public final ExpireOverdueContractsService expiry = new ExpireOverdueContractsService(contracts, clock, transactions, auditTrail);
    public final AuditLogService audit = new AuditLogService(auditLog, auditTrail);
}
