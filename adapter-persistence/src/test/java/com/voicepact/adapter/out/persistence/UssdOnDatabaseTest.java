package com.voicepact.adapter.out.persistence;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.application.contract.ContractSettings;
import com.voicepact.application.contract.port.out.ContractIdPort;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.contract.service.AmendTermsService;
import com.voicepact.application.contract.service.ContractDecisionService;
import com.voicepact.application.contract.service.CreateContractService;
import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.service.DeliveryService;
import com.voicepact.application.escrow.service.DisputeService;
import com.voicepact.application.fakes.CreateContractCommands;
import com.voicepact.application.fakes.EscrowPorts;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.MutableClock;
import com.voicepact.application.fakes.RecordingUssdMetrics;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.phone.PartyActions;
import com.voicepact.application.phone.port.in.UssdRequest;
import com.voicepact.application.phone.port.out.LanguagePreferences;
import com.voicepact.application.phone.port.out.UssdSessions;
import com.voicepact.application.phone.service.HandleUssdRequestService;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.testdata.ContractBuilder;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * USSD hops through the JDBC adapters: one unit of work per hop that acts, the use case it calls a savepoint
 * inside it. Subclassed per database; the race of two parties runs on PostgreSQL only.
 */
abstract class UssdOnDatabaseTest {

    private static final Duration WINDOW = Duration.ofSeconds(3);
    private final MutableClock clock = new MutableClock(ContractBuilder.T0);
    LoadTogetherContracts racing;
    CreateContractService create;
    private HandleUssdRequestService ussd;
    RecordingUssdMetrics metrics;

    abstract ApplicationContext context();

    @BeforeEach
    void wireUssdOnTheDatabase() {
        ApplicationContext context = context();
        TestDatabases.truncate(context);
        TransactionPort transactions = context.getBean(TransactionPort.class);
        Contracts stored = context.getBean(Contracts.class);
        racing = new LoadTogetherContracts(stored);
        AuditTrail trail =
                new AuditTrail(context.getBean(AuditLog.class), new AuditChain(InMemoryVoicePact.AUDIT_KEY), clock);
        LanguagePreferences languages = context.getBean(LanguagePreferences.class);
        OutboxMessages outbox = context.getBean(OutboxMessages.class);
        Messenger messenger = new Messenger(outbox, languages, clock, Language.EN);
        ContractDecisionService decisions = new ContractDecisionService(racing, clock, transactions, trail, messenger);
        EscrowPorts escrow = new EscrowPorts(
                racing,
                context.getBean(Payments.class),
                context.getBean(LedgerPostings.class),
                outbox,
                clock,
                transactions,
                trail,
                messenger);
        create = new CreateContractService(
                stored,
                context.getBean(ContractIdPort.class),
                clock,
                transactions,
                trail,
                new ContractSettings(WINDOW),
                messenger);
        metrics = new RecordingUssdMetrics();
        ussd = new HandleUssdRequestService(
                context.getBean(UssdSessions.class),
                stored,
                context.getBean(Payments.class),
                languages,
                messenger,
                clock,
                transactions,
                new PartyActions(
                        decisions,
                        decisions,
                        new DeliveryService(
                                escrow.moves(),
                                escrow.contracts(),
                                escrow.clock(),
                                escrow.transactions(),
                                escrow.audit()),
                        new DeliveryService(
                                escrow.moves(),
                                escrow.contracts(),
                                escrow.clock(),
                                escrow.transactions(),
                                escrow.audit()),
                        new DisputeService(
                                escrow.moves(),
                                escrow.contracts(),
                                escrow.payments(),
                                escrow.clock(),
                                escrow.transactions(),
                                escrow.audit(),
                                escrow.payoutLimits()),
                        new AmendTermsService(
                                racing, clock, transactions, trail, new ContractSettings(WINDOW), messenger)),
                metrics);
    }

    String hop(String session, PhoneNumber phone, String text) {
        return ussd.handle(new UssdRequest(session, "*384*123#", phone, "63902", text));
    }

    @Test
    void givenConfirmationWindowClosed_whenTheBuyerConfirmsOnUssd_thenTheReasonIsAnsweredAndTheSessionIsSaved() {
        ContractId id = create.create(CreateContractCommands.maizeDeal()).id();
        hop("W1", BUYER, "");
        hop("W1", BUYER, "1");
        assertThat(hop("W1", BUYER, "1*1")).contains("1. Confirm");
        clock.advance(WINDOW.plusSeconds(1)); // VOICEPACT_CONFIRMATION_WINDOW=PT3S, then wait

        String refused = hop("W1", BUYER, "1*1*1");

        assertThat(refused).startsWith("END Not done:").contains("window closed");
        assertThat(metrics.errors).hasValue(0);
        assertThat(context()
                        .getBean(UssdSessions.class)
                        .find("W1")
                        .orElseThrow()
                        .lastText())
                .isEqualTo("1*1*1");
        assertThat(hop("W1", BUYER, "1*1*1"))
                .as("a resent hop gets the stored screen")
                .isEqualTo(refused);
        Contract contract = context().getBean(Contracts.class).findById(id).orElseThrow();
        assertThat(contract.agreement().hasConfirmed(BUYER)).isFalse();
    }

    @Test
    void givenAPendingContract_whenTheSellerChangesThePlaceOnUssd_thenTheDraftIsKeptBetweenHopsAndTheTermsAmended() {
        ContractId id = create.create(CreateContractCommands.maizeDeal()).id();
        hop("T1", SELLER, "");
        hop("T1", SELLER, "1");
        assertThat(hop("T1", SELLER, "1*1")).contains("3. Change terms");
        hop("T1", SELLER, "1*1*3");
        assertThat(hop("T1", SELLER, "1*1*3*3")).startsWith("CON Enter the new delivery place:");
        assertThat(hop("T1", SELLER, "1*1*3*3*Kitale | Soko 100%")).contains("to Kitale | Soko 100%?");
        assertThat(context()
                        .getBean(UssdSessions.class)
                        .find("T1")
                        .orElseThrow()
                        .state())
                .as("the draft is stored with the session")
                .endsWith("|PLACE:Kitale %7C Soko 100%25");

        assertThat(hop("T1", SELLER, "1*1*3*3*Kitale | Soko 100%*1"))
                .startsWith("END The place of " + id + " is now Kitale | Soko 100%.");

        Contract contract = context().getBean(Contracts.class).findById(id).orElseThrow();
        assertThat(contract.agreement().terms().deliveryLocation()).isEqualTo("Kitale | Soko 100%");
        assertThat(contract.status()).isEqualTo(com.voicepact.domain.contract.ContractStatus.PENDING);
    }

    @Test
    void givenADateInThePast_whenConfirmedOnUssd_thenNotDoneWithTheReason_andNothingChanged() {
        ContractId id = create.create(CreateContractCommands.maizeDeal()).id();
        hop("T2", BUYER, "");
        hop("T2", BUYER, "1");
        hop("T2", BUYER, "1*1");
        hop("T2", BUYER, "1*1*3");
        hop("T2", BUYER, "1*1*3*4");
        assertThat(hop("T2", BUYER, "1*1*3*4*01022026")).contains("to 2026-02-01?");
        assertThat(hop("T2", BUYER, "1*1*3*4*01022026*1"))
                .startsWith("END Not done:")
                .contains("in the past");
        Contract contract = context().getBean(Contracts.class).findById(id).orElseThrow();
        assertThat(contract.agreement().terms().deliveryDeadline()).isEqualTo(java.time.LocalDate.parse("2026-03-20"));
        assertThat(contract.version()).isEqualTo(1);
    }
}
