package com.voicepact.application.contract.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.contract.port.in.ExpireOverdueContractsUseCase;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import java.time.Instant;
import java.util.List;

/** Expires overdue PENDING contracts, one transaction each, in batches, so one failure stops none of the others. */
public final class ExpireOverdueContractsService implements ExpireOverdueContractsUseCase {

    private static final int BATCH = 100;
    private static final Actor EXPIRY_JOB = Actor.system("contract-expiry");
    private final Contracts contracts;
    private final ClockPort clock;
    private final ConflictRetry retry;
    private final AuditTrail audit;
    private final Messenger messenger;

    public ExpireOverdueContractsService(
            Contracts contracts, ClockPort clock, TransactionPort transactions, AuditTrail audit, Messenger messenger) {
        this.contracts = contracts;
        this.clock = clock;
        this.retry = new ConflictRetry(transactions);
        this.audit = audit;
        this.messenger = messenger;
    }

    @Override
    public int expireOverdue() {
        Instant now = clock.now();
        int expired = 0;
        List<ContractId> batch = contracts.findPendingExpiredAt(now, BATCH);
        while (!batch.isEmpty()) {
            for (ContractId id : batch) {
                if (expireOne(id, now)) {
                    expired++;
                }
            }
            if (batch.size() < BATCH) {
                break;
            }
            batch = contracts.findPendingExpiredAt(now, BATCH);
        }
        return expired;
    }

    private boolean expireOne(ContractId id, Instant now) {
        return retry.inTransaction(() -> {
            Contract contract = contracts.findById(id).orElse(null);
            if (contract == null || !contract.timeline().isOverdueForConfirmation(now)) {
                return false; // confirmed, declined or expired by someone else since the search
            }
            contract.expire(now);
            contracts.save(contract);
            audit.statusChange(
                    EXPIRY_JOB,
                    AuditAction.CONTRACT_EXPIRED,
                    id.value(),
                    ContractStatus.PENDING,
                    ContractStatus.EXPIRED,
                    "confirmation window closed at " + contract.timeline().expiresAt());
            contract.agreement()
                    .parties()
                    .forEach(p -> messenger.send(
                            "expired:" + id,
                            com.voicepact.application.phone.port.out.SmsType.EXPIRED,
                            p.phone(),
                            id,
                            t -> t.expired(id)));
            return true;
        });
    }
}
