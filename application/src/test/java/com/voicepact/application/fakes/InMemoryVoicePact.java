package com.voicepact.application.fakes;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.audit.service.VerifyAuditLogService;
import com.voicepact.application.contract.ContractSettings;
import com.voicepact.application.contract.service.AmendTermsService;
import com.voicepact.application.contract.service.ContractDecisionService;
import com.voicepact.application.contract.service.ContractQueryService;
import com.voicepact.application.contract.service.CreateContractService;
import com.voicepact.application.contract.service.ExpireOverdueContractsService;
import com.voicepact.application.escrow.PaymentSettings;
import com.voicepact.application.escrow.service.DeliveryService;
import com.voicepact.application.escrow.service.DisputeService;
import com.voicepact.application.escrow.service.EscalateOverdueEscrowsService;
import com.voicepact.application.escrow.service.EscrowCheckoutService;
import com.voicepact.application.escrow.service.EscrowReleaseService;
import com.voicepact.application.escrow.service.PaymentQueryService;
import com.voicepact.application.escrow.service.ReconcilePaymentsService;
import com.voicepact.application.escrow.service.RetryFailedCheckoutsService;
import com.voicepact.application.escrow.service.SettleMovementService;
import com.voicepact.application.escrow.service.SettleStaleCheckoutsService;
import com.voicepact.application.operations.service.DispatchOutboxService;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.phone.PartyActions;
import com.voicepact.application.phone.service.CleanUpUssdSessionsService;
import com.voicepact.application.phone.service.HandleUssdRequestService;
import com.voicepact.application.phone.service.ReceiveDeliveryReportService;
import com.voicepact.application.phone.service.ReceiveSmsService;
import com.voicepact.application.phone.service.SendSmsService;
import com.voicepact.domain.audit.AuditChain;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.payment.PaymentReference;
import com.voicepact.domain.testdata.ContractBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Every service wired to in-memory fakes: the whole application without a database. */
public final class InMemoryVoicePact {

    public static final byte[] AUDIT_KEY = "test-audit-key-test-audit-key-32".getBytes(StandardCharsets.UTF_8);

    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final InMemoryContracts contracts = new InMemoryContracts(transactions);
    public final InMemoryAuditLog auditLog = new InMemoryAuditLog(transactions, new AuditChain(AUDIT_KEY));
    public final SequenceContractIds ids = new SequenceContractIds();
    public final MutableClock clock = new MutableClock(ContractBuilder.T0);
    public final AuditTrail auditTrail = new AuditTrail(auditLog, new AuditChain(AUDIT_KEY), clock);
    public final ContractSettings settings = ContractSettings.defaults();
    public final InMemoryPayments payments = new InMemoryPayments(transactions);
    public final InMemoryLedger ledger = new InMemoryLedger(transactions);
    public final InMemoryOutbox outbox = new InMemoryOutbox(transactions);
    public final InMemoryProviderEvents providerEvents = new InMemoryProviderEvents(transactions);
    public final InMemoryIdempotencyKeys idempotencyKeys = new InMemoryIdempotencyKeys(transactions);
    public final InMemoryLanguagePreferences languages = new InMemoryLanguagePreferences();
    public final Messenger messenger = new Messenger(outbox, languages, clock, Language.EN);
    public final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway(clock);
    public final RecordingSmsGateway sms = new RecordingSmsGateway();

    public final CreateContractService create =
            new CreateContractService(contracts, ids, clock, transactions, auditTrail, settings, messenger);
    public final ContractQueryService queries = new ContractQueryService(contracts);
    public final ContractDecisionService decisions =
            new ContractDecisionService(contracts, clock, transactions, auditTrail, messenger);
    public final AmendTermsService amendTerms =
            new AmendTermsService(contracts, clock, transactions, auditTrail, settings, messenger);
    public final ExpireOverdueContractsService expiry =
            new ExpireOverdueContractsService(contracts, clock, transactions, auditTrail, messenger);
    public final VerifyAuditLogService audit = new VerifyAuditLogService(auditLog, auditTrail);

    public final PaymentSettings paymentSettings = new PaymentSettings(
            100, 100_000_000, Duration.ofMinutes(5), Duration.ofDays(7), true, 3, Duration.ofMinutes(5));
    public final EscrowPorts escrowPorts =
            new EscrowPorts(contracts, payments, ledger, outbox, clock, transactions, auditTrail, messenger);
    public final EscrowCheckoutService checkout = new EscrowCheckoutService(
            escrowPorts.moves(),
            escrowPorts.payments(),
            escrowPorts.clock(),
            escrowPorts.transactions(),
            escrowPorts.audit(),
            gateway,
            idempotencyKeys,
            new PaymentReference(AUDIT_KEY),
            paymentSettings);
    public final SettleMovementService notifications = new SettleMovementService(
            escrowPorts.moves(),
            escrowPorts.payments(),
            escrowPorts.ledger(),
            escrowPorts.clock(),
            escrowPorts.transactions(),
            escrowPorts.audit(),
            escrowPorts.payoutLimits(),
            providerEvents);
    public final DeliveryService delivery = new DeliveryService(
            escrowPorts.moves(),
            escrowPorts.contracts(),
            escrowPorts.clock(),
            escrowPorts.transactions(),
            escrowPorts.audit());
    public final DisputeService disputes = new DisputeService(
            escrowPorts.moves(),
            escrowPorts.contracts(),
            escrowPorts.payments(),
            escrowPorts.clock(),
            escrowPorts.transactions(),
            escrowPorts.audit(),
            escrowPorts.payoutLimits());
    public final EscrowReleaseService release = new EscrowReleaseService(
            escrowPorts.moves(),
            escrowPorts.payments(),
            escrowPorts.clock(),
            escrowPorts.transactions(),
            escrowPorts.payoutLimits());
    public final PaymentQueryService paymentQueries = new PaymentQueryService(payments, gateway);
    public final SettleStaleCheckoutsService staleCheckouts = new SettleStaleCheckoutsService(
            escrowPorts.moves(),
            escrowPorts.payments(),
            escrowPorts.clock(),
            escrowPorts.transactions(),
            escrowPorts.audit(),
            gateway,
            notifications,
            paymentSettings);
    public final EscalateOverdueEscrowsService overdueEscrows = new EscalateOverdueEscrowsService(
            escrowPorts.moves(),
            escrowPorts.contracts(),
            escrowPorts.payments(),
            escrowPorts.clock(),
            escrowPorts.transactions(),
            escrowPorts.audit(),
            paymentSettings);
    public final RetryFailedCheckoutsService checkoutRetries = new RetryFailedCheckoutsService(
            escrowPorts.moves(), escrowPorts.payments(), escrowPorts.clock(), checkout, paymentSettings);
    public final InMemorySmsLog smsLog = new InMemorySmsLog();
    public final DispatchOutboxService dispatcher = new DispatchOutboxService(
            escrowPorts.payments(),
            escrowPorts.outbox(),
            escrowPorts.clock(),
            escrowPorts.transactions(),
            escrowPorts.audit(),
            escrowPorts.ledger(),
            escrowPorts.messenger(),
            sms,
            gateway,
            notifications,
            smsLog);
    public final InMemoryUssdSessions ussdSessions = new InMemoryUssdSessions(transactions);
    public final RecordingUssdMetrics ussdMetrics = new RecordingUssdMetrics();
    public final HandleUssdRequestService ussd = new HandleUssdRequestService(
            ussdSessions,
            contracts,
            payments,
            languages,
            messenger,
            clock,
            transactions,
            new PartyActions(decisions, decisions, delivery, delivery, disputes, amendTerms),
            ussdMetrics);
    public final InMemoryContractDrafts contractDrafts = new InMemoryContractDrafts(transactions);
    public final com.voicepact.application.voice.service.TranscriptContractService transcripts =
            new com.voicepact.application.voice.service.TranscriptContractService(
                    create,
                    new com.voicepact.application.voice.IncompleteDrafts(
                            ids, contractDrafts, messenger, clock, settings.confirmationWindow()),
                    clock);
    public final com.voicepact.application.voice.service.SendDraftTermService draftTerms =
            new com.voicepact.application.voice.service.SendDraftTermService(
                    contractDrafts, create, auditTrail, clock, transactions);
    public final ReceiveSmsService smsCommands = new ReceiveSmsService(
            contracts,
            providerEvents,
            messenger,
            auditTrail,
            clock,
            transactions,
            new PartyActions(decisions, decisions, delivery, delivery, disputes, amendTerms),
            "*384*123#",
            draftTerms);
    public final ReceiveDeliveryReportService deliveryReports = new ReceiveDeliveryReportService(smsLog, clock);
    public final CleanUpUssdSessionsService ussdCleanUp = new CleanUpUssdSessionsService(ussdSessions, clock);
    public final SendSmsService directSms = new SendSmsService(sms, smsLog, clock);
    public final InMemoryVoiceCalls voiceCalls = new InMemoryVoiceCalls(transactions);
    public final FakeVoiceProviders voiceProviders = new FakeVoiceProviders();
    public final VoiceNode voice = new VoiceNode(
            voiceCalls,
            voiceProviders,
            voiceProviders,
            voiceProviders,
            transcripts,
            messenger,
            auditTrail,
            clock,
            transactions);
    public final com.voicepact.application.escrow.service.ListFlaggedEventsService flaggedEvents =
            new com.voicepact.application.escrow.service.ListFlaggedEventsService(providerEvents);
    public final ReconcilePaymentsService reconciliation = new ReconcilePaymentsService(
            escrowPorts.payments(),
            escrowPorts.ledger(),
            escrowPorts.clock(),
            escrowPorts.transactions(),
            escrowPorts.audit(),
            gateway,
            paymentSettings);
    public final com.voicepact.application.escrow.service.SettleStalePayoutsService stalePayouts =
            new com.voicepact.application.escrow.service.SettleStalePayoutsService(
                    escrowPorts.payments(), escrowPorts.clock(), gateway, notifications, paymentSettings);
    public final ScriptedPaymentCallbacks scriptedCallbacks = new ScriptedPaymentCallbacks();
    public final com.voicepact.application.escrow.service.ReceivePaymentCallbackService callbacks =
            new com.voicepact.application.escrow.service.ReceivePaymentCallbackService(
                    java.util.List.of(scriptedCallbacks),
                    new com.voicepact.application.escrow.CallbackConfirmationPolicy(gateway),
                    notifications,
                    escrowPorts.payments(),
                    escrowPorts.clock(),
                    escrowPorts.transactions(),
                    escrowPorts.audit(),
                    providerEvents);
    /** The operator console's read models. */
    public final com.voicepact.application.contract.service.ContractTimelineService timelines =
            new com.voicepact.application.contract.service.ContractTimelineService(
                    contracts, payments, auditLog, smsLog);

    public final com.voicepact.application.escrow.service.OpenDisputesService openDisputes =
            new com.voicepact.application.escrow.service.OpenDisputesService(contracts, contracts, payments);
    public final com.voicepact.application.escrow.service.PaymentAttentionService attention =
            new com.voicepact.application.escrow.service.PaymentAttentionService(
                    payments, providerEvents, auditLog, paymentSettings, clock);
    public final com.voicepact.application.operations.service.OutboxBacklogService outboxBacklog =
            new com.voicepact.application.operations.service.OutboxBacklogService(outbox);
}
