package com.voicepact.application.contract.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.contract.ContractSettings;
import com.voicepact.application.contract.port.in.CreateContractCommand;
import com.voicepact.application.contract.port.in.CreateContractUseCase;
import com.voicepact.application.contract.port.out.ContractIdPort;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import java.time.Instant;

public final class CreateContractService implements CreateContractUseCase {

    private final Contracts contracts;
    private final ContractIdPort ids;
    private final ClockPort clock;
    private final ConflictRetry retry;
    private final AuditTrail audit;
    private final ContractSettings settings;
    private final Messenger messenger;

    public CreateContractService(
            Contracts contracts,
            ContractIdPort ids,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            ContractSettings settings,
            Messenger messenger) {
        this.contracts = contracts;
        this.ids = ids;
        this.clock = clock;
        this.retry = new ConflictRetry(transactions);
        this.audit = audit;
        this.settings = settings;
        this.messenger = messenger;
    }

    /** @throws com.voicepact.domain.InvalidValueException also for a delivery deadline before today on the clock, or more than
     *         {@link com.voicepact.domain.contract.ContractTerms#DEADLINE_REACH} after it
     * @throws com.voicepact.application.shared.port.out.ConcurrentUpdateException when a contract with the reserved id
     *         exists already */
    @Override
    public Contract create(CreateContractCommand command) {
        command.terms()
                .requireDeadlineWithinReach(clock.now().atZone(clock.zone()).toLocalDate());
        return retry.inTransaction(() -> {
            Instant now = clock.now();
            ContractId id = command.reservedId() != null
                    ? command.reservedId()
                    : ids.nextContractId(now.atZone(clock.zone()).getYear());
            Contract contract = Contract.create(
                    id,
                    command.type(),
                    command.parties(),
                    command.terms(),
                    command.transcript(),
                    command.uncertain(),
                    now,
                    settings.confirmationWindow());
            Contract saved = contracts.save(contract);
            audit.statusChange(
                    command.actor(),
                    AuditAction.CONTRACT_CREATED,
                    id.value(),
                    null,
                    saved.status(),
                    "fingerprint=" + saved.agreement().fingerprint() + " total="
                            + saved.agreement().terms().total());
            saved.agreement()
                    .parties()
                    .forEach(p -> messenger.send(
                            "summary:" + id + ":"
                                    + saved.agreement().fingerprint().substring(0, 12),
                            com.voicepact.application.phone.port.out.SmsType.SUMMARY,
                            p.phone(),
                            id,
                            t -> t.contractSummary(saved)));
            return saved;
        });
    }
}
