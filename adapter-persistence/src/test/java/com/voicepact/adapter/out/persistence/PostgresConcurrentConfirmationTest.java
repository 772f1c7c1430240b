package com.voicepact.adapter.out.persistence;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.contract.ContractSettings;
import com.voicepact.application.contract.port.in.ContractDecisionCommand;
import com.voicepact.application.contract.port.out.ContractIdPort;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.contract.service.ContractDecisionService;
import com.voicepact.application.contract.service.CreateContractService;
import com.voicepact.application.fakes.CreateContractCommands;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.MutableClock;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.audit.AuditEntry;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.testdata.ContractBuilder;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Buyer and seller confirm the same contract at the same moment on a real PostgreSQL. Both first
 * load the same version (a barrier makes sure of it), so one save must lose the race.
 */
class PostgresConcurrentConfirmationTest {

    private final ApplicationContext context = TestDatabases.postgres();
    private LoadTogetherContracts racing;
    private ContractDecisionService decisions;
    private CreateContractService create;
    private AuditLog auditLog;
    private AuditChain chain;

    @BeforeEach
    void wireServicesOnPostgres() {
        TestDatabases.truncate(context);
        MutableClock clock = new MutableClock(ContractBuilder.T0);
        TransactionPort transactions = context.getBean(TransactionPort.class);
        racing = new LoadTogetherContracts(context.getBean(Contracts.class));
        racing.race(2);
        auditLog = context.getBean(AuditLog.class);
        chain = new AuditChain(InMemoryVoicePact.AUDIT_KEY);
        AuditTrail trail = new AuditTrail(auditLog, chain, clock);
        com.voicepact.application.phone.Messenger messenger = new com.voicepact.application.phone.Messenger(
                context.getBean(com.voicepact.application.operations.port.out.OutboxMessages.class),
                context.getBean(com.voicepact.application.phone.port.out.LanguagePreferences.class),
                clock,
                com.voicepact.domain.messaging.Language.EN);
        decisions = new ContractDecisionService(racing, clock, transactions, trail, messenger);
        create = new CreateContractService(
                context.getBean(Contracts.class),
                context.getBean(ContractIdPort.class),
                clock,
                transactions,
                trail,
                ContractSettings.defaults(),
                messenger);
    }

    @RepeatedTest(5)
    void givenPendingContract_whenBuyerAndSellerConfirmAtOnce_thenBothRecordedAndExactlyOneTransitionToConfirmed() {
        Contract contract = create.create(CreateContractCommands.maizeDeal());

        ExecutorService twoPhones = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Contract> buyer = CompletableFuture.supplyAsync(
                    () -> decisions.confirm(ContractDecisionCommand.fromParty(contract.id(), BUYER, Channel.SMS)),
                    twoPhones);
            CompletableFuture<Contract> seller = CompletableFuture.supplyAsync(
                    () -> decisions.confirm(ContractDecisionCommand.fromParty(contract.id(), SELLER, Channel.USSD)),
                    twoPhones);
            CompletableFuture.allOf(buyer, seller)
                    .orTimeout(30, TimeUnit.SECONDS)
                    .join();
        } finally {
            twoPhones.shutdownNow();
        }

        Contract stored =
                context.getBean(Contracts.class).findById(contract.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ContractStatus.CONFIRMED);
        assertThat(stored.agreement().hasConfirmed(BUYER)).isTrue();
        assertThat(stored.agreement().hasConfirmed(SELLER)).isTrue();
        assertThat(stored.version())
                .as("created, then one save per confirmation")
                .isEqualTo(3);
        assertThat(racing.staleSavesRefused())
                .as("the losing save was refused, then retried on fresh data")
                .hasValueGreaterThanOrEqualTo(1);

        List<AuditEntry> trail = auditLog.forSubject(contract.id().value());
        assertThat(trail.stream()
                        .filter(e -> e.record().newStatus().equals("CONFIRMED"))
                        .filter(e -> e.record().oldStatus().equals("PENDING")))
                .hasSize(1);
        assertThat(trail).hasSize(3);
        assertThat(chain.verify(auditLog.allInOrder()).intact()).isTrue();
    }
}
