package com.voicepact.adapter.in.web;

import com.voicepact.adapter.in.web.callback.CallbackSettings;
import com.voicepact.adapter.in.web.security.OperatorKeys;
import com.voicepact.application.audit.port.in.VerifyAuditLogUseCase;
import com.voicepact.application.contract.port.in.ConfirmContractUseCase;
import com.voicepact.application.contract.port.in.CreateContractUseCase;
import com.voicepact.application.contract.port.in.DeclineContractUseCase;
import com.voicepact.application.contract.port.in.GetContractUseCase;
import com.voicepact.application.contract.port.in.ListContractsUseCase;
import com.voicepact.application.escrow.port.in.AcceptDeliveryUseCase;
import com.voicepact.application.escrow.port.in.GetPaymentUseCase;
import com.voicepact.application.escrow.port.in.GetWalletBalanceUseCase;
import com.voicepact.application.escrow.port.in.InitiateEscrowCheckoutUseCase;
import com.voicepact.application.escrow.port.in.RaiseDisputeUseCase;
import com.voicepact.application.escrow.port.in.ReconcilePaymentsUseCase;
import com.voicepact.application.escrow.port.in.RefundEscrowUseCase;
import com.voicepact.application.escrow.port.in.ReleaseEscrowUseCase;
import com.voicepact.application.escrow.port.in.ReportDeliveryUseCase;
import com.voicepact.application.escrow.port.in.ResolveDisputeUseCase;
import com.voicepact.application.escrow.port.in.SettleMovementUseCase;
import com.voicepact.application.escrow.port.in.TrySandboxCheckoutUseCase;
import com.voicepact.application.escrow.service.TrySandboxCheckoutService;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.operations.port.in.CheckHealthUseCase;
import com.voicepact.application.operations.port.in.ResetCircuitUseCase;
import com.voicepact.application.operations.port.out.ComponentHealthPort;
import com.voicepact.application.operations.service.CheckHealthService;
import com.voicepact.application.operations.service.ResetCircuitService;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** The web adapter on the real use cases over in-memory fakes, with one known operator key. */
@Factory
public class WebTestApplication {

    public static final String OPERATOR_KEY = "test-operator-key-0123456789";
    public static final AtomicBoolean DATABASE_UP = new AtomicBoolean(true);
    public static final AtomicBoolean NEXT_CONFIRM_CONFLICTS = new AtomicBoolean(false);
    public static final AtomicBoolean NEXT_CONFIRM_FAILS_IN_DATABASE = new AtomicBoolean(false);
    /** Makes a YES by SMS fail on our side, as the contract store briefly down. */
    public static final AtomicBoolean SMS_CONFIRM_FAILS = new AtomicBoolean(false);

    @Singleton
    InMemoryVoicePact app() {
        return new InMemoryVoicePact();
    }

    @Singleton
    OperatorKeys operatorKeys() {
        return OperatorKeys.fromSha256Hex(List.of(OperatorKeys.sha256Hex(OPERATOR_KEY)));
    }

    @Singleton
    CreateContractUseCase create(InMemoryVoicePact app) {
        return app.create;
    }

    @Singleton
    GetContractUseCase get(InMemoryVoicePact app) {
        return app.queries;
    }

    @Singleton
    ListContractsUseCase list(InMemoryVoicePact app) {
        return app.queries;
    }

    /** The real service, except that a test can make the next call lose a race it cannot win. */
    @Singleton
    ConfirmContractUseCase confirm(InMemoryVoicePact app) {
        return command -> {
            if (NEXT_CONFIRM_CONFLICTS.getAndSet(false)) {
                throw new ConcurrentUpdateException("contract " + command.contractId() + " version 1 is stale", null);
            }
            if (NEXT_CONFIRM_FAILS_IN_DATABASE.getAndSet(false)) { // what a database driver says, word for word
                throw new IllegalStateException(
                        "Error executing UPDATE: Unique index or primary key violation: "
                                + "\"public.payments_provider_transaction ON public.payments(provider_transaction_id NULLS LAST)\"; "
                                + "SQL statement: UPDATE \"payments\" SET \"version\"=? [23505-232]",
                        new RuntimeException(
                                "ERROR: duplicate key value violates unique constraint \"payments_pkey\""));
            }
            return app.decisions.confirm(command);
        };
    }

    @Singleton
    DeclineContractUseCase decline(InMemoryVoicePact app) {
        return app.decisions;
    }

    @Singleton
    VerifyAuditLogUseCase verifyAudit(InMemoryVoicePact app) {
        return app.audit;
    }

    @Singleton
    CallbackSettings callbackSettings(
            @Value("${test.callback.token:}") String token,
            @Value("${test.callback.allowed:loopback}") String allowed,
            @Value("${test.callback.secret:}") String secret,
            @Value("${test.callback.per-kind-allowed:}") String perKind) {
        List<String> cidrs =
                allowed.equals("loopback") ? List.of("127.0.0.0/8", "::1/128") : List.of(allowed.split(","));
        return new CallbackSettings(
                token,
                cidrs,
                secret,
                perKind.isBlank()
                        ? java.util.Map.of()
                        : java.util.Map.of("/api/v1/payments/callbacks", List.of(perKind.split(","))));
    }

    @Singleton
    com.voicepact.application.shared.port.out.CallbackReplays callbackReplays() {
        return new com.voicepact.application.fakes.InMemoryCallbackReplays();
    }

    @Singleton
    com.voicepact.application.fakes.RecordingCallbackRefusals callbackRefusals() {
        return new com.voicepact.application.fakes.RecordingCallbackRefusals();
    }

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    InitiateEscrowCheckoutUseCase checkout(InMemoryVoicePact app) {
        return app.checkout;
    }

    @Singleton
    com.voicepact.application.escrow.port.in.GetCheckoutLimitsUseCase checkoutLimits(InMemoryVoicePact app) {
        return app.checkout;
    }

    @Singleton
    SettleMovementUseCase settlements(InMemoryVoicePact app) {
        return app.notifications;
    }

    /** AT's notifications read by AT's translator, and the per-kind routes by a scripted one; confirmed with the fake provider. */
    @Singleton
    com.voicepact.application.escrow.port.in.ReceivePaymentCallbackUseCase paymentCallbacks(InMemoryVoicePact app) {
        return new com.voicepact.application.escrow.service.ReceivePaymentCallbackService(
                List.of(new com.voicepact.adapter.out.africastalking.AtPaymentCallbacks(), app.scriptedCallbacks),
                new com.voicepact.application.escrow.CallbackConfirmationPolicy(app.gateway),
                app.notifications,
                app.escrowPorts.payments(),
                app.escrowPorts.clock(),
                app.escrowPorts.transactions(),
                app.escrowPorts.audit(),
                app.providerEvents);
    }

    @Singleton
    GetPaymentUseCase payments(InMemoryVoicePact app) {
        return app.paymentQueries;
    }

    @Singleton
    com.voicepact.application.escrow.port.in.ListContractPaymentsUseCase contractPayments(InMemoryVoicePact app) {
        return app.paymentQueries;
    }

    @Singleton
    GetWalletBalanceUseCase wallet(InMemoryVoicePact app) {
        return app.paymentQueries;
    }

    @Singleton
    ReleaseEscrowUseCase release(InMemoryVoicePact app) {
        return app.release;
    }

    @Singleton
    RefundEscrowUseCase refund(InMemoryVoicePact app) {
        return app.release;
    }

    @Singleton
    com.voicepact.application.escrow.port.in.ListFlaggedEventsUseCase flaggedEvents(InMemoryVoicePact app) {
        return app.flaggedEvents;
    }

    @Singleton
    ReconcilePaymentsUseCase reconcile(InMemoryVoicePact app) {
        return app.reconciliation;
    }

    @Singleton
    TrySandboxCheckoutUseCase sandbox(InMemoryVoicePact app) {
        return new TrySandboxCheckoutService(app.gateway, true);
    }

    @Singleton
    ReportDeliveryUseCase reportDelivery(InMemoryVoicePact app) {
        return app.delivery;
    }

    @Singleton
    AcceptDeliveryUseCase acceptDelivery(InMemoryVoicePact app) {
        return app.delivery;
    }

    @Singleton
    RaiseDisputeUseCase raiseDispute(InMemoryVoicePact app) {
        return app.disputes;
    }

    @Singleton
    ResolveDisputeUseCase resolveDispute(InMemoryVoicePact app) {
        return app.disputes;
    }

    /** Circuits of a fake provider: "sms" can be reset, anything else is unknown. */
    @Singleton
    ResetCircuitUseCase resetCircuit(InMemoryVoicePact app) {
        return new ResetCircuitService(
                new com.voicepact.application.operations.port.out.ProviderCircuitsPort() {
                    private String sms = "OPEN";

                    @Override
                    public java.util.Map<String, String> states() {
                        return java.util.Map.of("sms", sms);
                    }

                    @Override
                    public void reset(String service) {
                        com.voicepact.domain.InvalidValueException.require(
                                service.equals("sms"), "unknown service '" + service + "'");
                        sms = "CLOSED";
                    }
                },
                app.auditTrail,
                app.transactions);
    }

    @Singleton
    com.voicepact.application.phone.port.in.HandleUssdRequestUseCase ussd(InMemoryVoicePact app) {
        return app.ussd;
    }

    /** The store of handled SMS, which a test can make unavailable. */
    @Singleton
    com.voicepact.application.fakes.FlakyProviderEvents smsEvents(InMemoryVoicePact app) {
        return new com.voicepact.application.fakes.FlakyProviderEvents(app.providerEvents);
    }

    /** The real SMS command service, on a store of handled messages that a test can make unavailable. */
    @Singleton
    com.voicepact.application.phone.port.in.ReceiveSmsUseCase inboundSms(
            InMemoryVoicePact app, com.voicepact.application.fakes.FlakyProviderEvents events) {
        return new com.voicepact.application.phone.service.ReceiveSmsService(
                app.contracts,
                events,
                app.messenger,
                app.auditTrail,
                app.clock,
                app.transactions,
                new com.voicepact.application.phone.PartyActions(
                        command -> {
                            if (SMS_CONFIRM_FAILS.get()) {
                                throw new IllegalStateException("simulated: the contracts table is locked");
                            }
                            return app.decisions.confirm(command);
                        },
                        app.decisions,
                        app.delivery,
                        app.delivery,
                        app.disputes,
                        app.amendTerms),
                "*384*123#");
    }

    @Singleton
    com.voicepact.application.phone.port.in.ReceiveDeliveryReportUseCase deliveryReports(InMemoryVoicePact app) {
        return app.deliveryReports;
    }

    @Singleton
    com.voicepact.application.phone.port.in.SendSmsUseCase sendSms(InMemoryVoicePact app) {
        return app.directSms;
    }

    @Singleton
    com.voicepact.application.voice.port.in.ExtractTermsUseCase extractTerms(InMemoryVoicePact app) {
        return app.transcripts;
    }

    @Singleton
    com.voicepact.application.voice.port.in.StartConferenceUseCase conferences(InMemoryVoicePact app) {
        return app.voice.conferences;
    }

    @Singleton
    com.voicepact.application.voice.port.in.HandleVoiceCallbackUseCase voiceCallbacks(InMemoryVoicePact app) {
        return app.voice.callbacks;
    }

    @Singleton
    com.voicepact.application.voice.port.in.GetVoiceCallUseCase voiceCalls(InMemoryVoicePact app) {
        return app.voice.calls;
    }

    @Singleton
    com.voicepact.application.voice.port.in.ProcessRecordingsUseCase recordings(InMemoryVoicePact app) {
        return app.voice.recordings;
    }

    @Singleton
    com.voicepact.application.voice.port.in.TranscribeAudioUseCase transcribeAudio(InMemoryVoicePact app) {
        return new com.voicepact.application.voice.service.TranscribeAudioService(
                app.voiceProviders, app.voiceProviders, app.transcripts);
    }

    @Singleton
    com.voicepact.application.voice.port.in.DraftContractFromTranscriptUseCase drafts(InMemoryVoicePact app) {
        return app.transcripts;
    }

    @Singleton
    CheckHealthUseCase health(InMemoryVoicePact app) {
        ComponentHealthPort database = new ComponentHealthPort() {
            @Override
            public String component() {
                return "database";
            }

            @Override
            public boolean isHealthy() {
                return DATABASE_UP.get();
            }
        };
        return new CheckHealthService(List.of(database), app.clock);
    }

    @Singleton
    com.voicepact.application.contract.port.in.GetContractTimelineUseCase timelines(InMemoryVoicePact app) {
        return app.timelines;
    }

    @Singleton
    com.voicepact.application.escrow.port.in.ListOpenDisputesUseCase openDisputes(InMemoryVoicePact app) {
        return app.openDisputes;
    }

    @Singleton
    com.voicepact.application.escrow.port.in.ListPaymentsNeedingAttentionUseCase attention(InMemoryVoicePact app) {
        return app.attention;
    }

    @Singleton
    com.voicepact.application.operations.port.in.GetOutboxBacklogUseCase outboxBacklog(InMemoryVoicePact app) {
        return app.outboxBacklog;
    }
}
