package com.voicepact.bootstrap;

import com.voicepact.application.port.out.PaymentGatewayPort;
import com.voicepact.application.port.out.SmsGatewayPort;
import com.voicepact.application.service.DisputeService;
import com.voicepact.application.service.EscrowCheckoutService;
import com.voicepact.application.service.EscrowPorts;
import com.voicepact.application.service.OutboxDispatchService;
import com.voicepact.application.service.PaymentJobsService;
import com.voicepact.application.service.PaymentSettings;
import com.voicepact.application.service.ReconciliationService;
import com.voicepact.application.service.SettleMovementService;
import com.voicepact.application.service.StalePayoutService;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The escrow's background work, next to the use cases of {@link EscrowFactory}: stale payouts looked up, the payment
 * jobs (expired checkouts, releases due), the outbox dispatcher (SMS and payouts), and reconciliation with the provider.
 */
@Factory
class EscrowJobsFactory {

    @Singleton
    StalePayoutService stalePayouts(
            EscrowPorts ports,
            PaymentGatewayPort gateway,
            SettleMovementService notifications,
            PaymentSettings settings) {
        return new StalePayoutService(ports, gateway, notifications, settings);
    }

    @Singleton
    PaymentJobsService paymentJobs(
            EscrowPorts ports,
            PaymentGatewayPort gateway,
            SettleMovementService notifications,
            EscrowCheckoutService checkout,
            DisputeService disputes,
            PaymentSettings settings) {
        return new PaymentJobsService(ports, gateway, notifications, checkout, disputes, settings);
    }

    @Singleton
    OutboxDispatchService dispatcher(
            EscrowPorts ports,
            SmsGatewayPort sms,
            PaymentGatewayPort gateway,
            SettleMovementService notifications,
            com.voicepact.application.port.out.SmsLog smsLog) {
        return new OutboxDispatchService(ports, sms, gateway, notifications, smsLog);
    }

    @Singleton
    ReconciliationService reconciliation(EscrowPorts ports, PaymentGatewayPort gateway, PaymentSettings settings) {
        return new ReconciliationService(ports, gateway, settings);
    }
}
