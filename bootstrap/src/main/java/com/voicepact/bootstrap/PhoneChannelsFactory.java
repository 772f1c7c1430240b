package com.voicepact.bootstrap;

import com.voicepact.application.port.out.ClockPort;
import com.voicepact.application.port.out.Contracts;
import com.voicepact.application.port.out.LanguagePreferences;
import com.voicepact.application.port.out.Payments;
import com.voicepact.application.port.out.ProviderEvents;
import com.voicepact.application.port.out.SmsGatewayPort;
import com.voicepact.application.port.out.SmsLog;
import com.voicepact.application.port.out.TransactionPort;
import com.voicepact.application.port.out.UssdMetricsPort;
import com.voicepact.application.port.out.UssdSessions;
import com.voicepact.application.service.AuditTrail;
import com.voicepact.application.service.PartyActions;
import com.voicepact.application.service.ContractDecisionService;
import com.voicepact.application.service.DeliveryService;
import com.voicepact.application.service.SendSmsService;
import com.voicepact.application.service.DisputeService;
import com.voicepact.application.service.Messenger;
import com.voicepact.application.service.CleanUpUssdSessionsService;
import com.voicepact.application.service.ReceiveDeliveryReportService;
import com.voicepact.application.service.ReceiveSmsService;
import com.voicepact.application.service.HandleUssdRequestService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The farmer's screens: USSD and SMS on the contract and escrow use cases. */
@Factory
class PhoneChannelsFactory {

    /** The five party actions, one dispatcher for both phone channels. */
    @Singleton
    PartyActions partyActions(ContractDecisionService decisions, DeliveryService delivery, DisputeService disputes) {
        return new PartyActions(decisions, decisions, delivery, delivery, disputes);
    }

    @Singleton
    HandleUssdRequestService ussd(UssdSessions sessions, Contracts contracts, Payments payments, LanguagePreferences languages, Messenger messenger,
                     ClockPort clock, TransactionPort transactions, PartyActions actions, UssdMetricsPort metrics) {
        return new HandleUssdRequestService(sessions, contracts, payments, languages, messenger, clock, transactions, actions, metrics);
    }

    @Singleton
    CleanUpUssdSessionsService ussdCleanUp(UssdSessions sessions, ClockPort clock) {
        return new CleanUpUssdSessionsService(sessions, clock);
    }

    @Singleton
    ReceiveSmsService smsCommands(Contracts contracts, ProviderEvents events, Messenger messenger, AuditTrail audit, ClockPort clock,
                           TransactionPort transactions, PartyActions actions, VoicePactSettings env) {
        return new ReceiveSmsService(contracts, events, messenger, audit, clock, transactions, actions,
                env.africasTalking().ussdCode());
    }

    @Singleton
    ReceiveDeliveryReportService deliveryReports(SmsLog log, ClockPort clock) {
        return new ReceiveDeliveryReportService(log, clock);
    }

    @Singleton
    com.voicepact.application.service.TranscriptContractService transcripts(
            com.voicepact.application.service.CreateContractService create, Messenger messenger, ClockPort clock,
            TransactionPort transactions) {
        return new com.voicepact.application.service.TranscriptContractService(create, messenger, clock, transactions);
    }

    @Singleton
    SendSmsService directSms(SmsGatewayPort gateway, SmsLog log, ClockPort clock) {
        return new SendSmsService(gateway, log, clock);
    }
}
