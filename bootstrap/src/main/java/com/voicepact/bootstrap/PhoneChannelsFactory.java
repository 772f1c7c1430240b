package com.voicepact.bootstrap;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.contract.service.AmendTermsService;
import com.voicepact.application.contract.service.ContractDecisionService;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.escrow.service.DeliveryService;
import com.voicepact.application.escrow.service.DisputeService;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.phone.PartyActions;
import com.voicepact.application.phone.port.out.LanguagePreferences;
import com.voicepact.application.phone.port.out.SmsGatewayPort;
import com.voicepact.application.phone.port.out.SmsLog;
import com.voicepact.application.phone.port.out.UssdMetricsPort;
import com.voicepact.application.phone.port.out.UssdSessions;
import com.voicepact.application.phone.service.CleanUpUssdSessionsService;
import com.voicepact.application.phone.service.HandleUssdRequestService;
import com.voicepact.application.phone.service.ReceiveDeliveryReportService;
import com.voicepact.application.phone.service.ReceiveSmsService;
import com.voicepact.application.phone.service.SendSmsService;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The farmer's screens: USSD and SMS on the contract and escrow use cases. */
@Factory
class PhoneChannelsFactory {

    /** The six party actions, one dispatcher for both phone channels. */
    @Singleton
    PartyActions partyActions(
            ContractDecisionService decisions,
            DeliveryService delivery,
            DisputeService disputes,
            AmendTermsService amendTerms) {
        return new PartyActions(decisions, decisions, delivery, delivery, disputes, amendTerms);
    }

    @Singleton
    HandleUssdRequestService ussd(
            UssdSessions sessions,
            Contracts contracts,
            Payments payments,
            LanguagePreferences languages,
            Messenger messenger,
            ClockPort clock,
            TransactionPort transactions,
            PartyActions actions,
            UssdMetricsPort metrics) {
        return new HandleUssdRequestService(
                sessions, contracts, payments, languages, messenger, clock, transactions, actions, metrics);
    }

    @Singleton
    CleanUpUssdSessionsService ussdCleanUp(UssdSessions sessions, ClockPort clock) {
        return new CleanUpUssdSessionsService(sessions, clock);
    }

    @Singleton
    ReceiveSmsService smsCommands(
            Contracts contracts,
            ProviderEvents events,
            Messenger messenger,
            AuditTrail audit,
            ClockPort clock,
            TransactionPort transactions,
            PartyActions actions,
            VoicePactSettings env,
            com.voicepact.application.voice.service.SendDraftTermService drafts) {
        return new ReceiveSmsService(
                contracts,
                events,
                messenger,
                audit,
                clock,
                transactions,
                actions,
                env.africasTalking().ussdCode(),
                drafts);
    }

    @Singleton
    ReceiveDeliveryReportService deliveryReports(SmsLog log, ClockPort clock) {
        return new ReceiveDeliveryReportService(log, clock);
    }

    @Singleton
    com.voicepact.application.voice.service.TranscriptContractService transcripts(
            com.voicepact.application.contract.service.CreateContractService create,
            com.voicepact.application.contract.port.out.ContractIdPort ids,
            com.voicepact.application.voice.port.out.ContractDrafts drafts,
            com.voicepact.application.contract.ContractSettings settings,
            Messenger messenger,
            ClockPort clock,
            VoicePactSettings env) {
        return new com.voicepact.application.voice.service.TranscriptContractService(
                create,
                new com.voicepact.application.voice.IncompleteDrafts(
                        ids, drafts, messenger, clock, settings.confirmationWindow()),
                clock,
                env.service().defaultCountry());
    }

    @Singleton
    SendSmsService directSms(SmsGatewayPort gateway, SmsLog log, ClockPort clock) {
        return new SendSmsService(gateway, log, clock);
    }
}
