package com.voicepact.bootstrap;

import com.voicepact.application.escrow.port.out.CollectionRequest;
import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.out.Lookup;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.out.PayoutRequest;
import com.voicepact.application.escrow.port.out.ProviderMovement;
import com.voicepact.application.escrow.port.out.RefundRequest;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.operations.port.out.ProviderCircuitsPort;
import com.voicepact.application.phone.port.out.SmsGatewayPort;
import com.voicepact.application.phone.port.shared.RecipientResult;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.application.voice.port.out.VoiceGatewayPort;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * What the service uses while no provider adapter is installed: every call says, truthfully, that
 * the provider cannot be reached (a checkout answers 503, SMS and payouts wait in the outbox).
 * The Africa's Talking adapter's beans replace these.
 */
@Factory
class UnconfiguredGateways {

    private static final String NONE = "no payment or SMS provider is configured";

    @Singleton
    @Secondary
    PaymentGatewayPort paymentGateway() {
        return new NoPayments();
    }

    @Singleton
    @Secondary
    SmsGatewayPort smsGateway() {
        return new NoSms();
    }

    @Singleton
    @Secondary
    VoiceGatewayPort voiceGateway() {
        return new NoVoice();
    }

    private static final class NoPayments implements PaymentGatewayPort, NotConfigured {
        @Override
        public GatewayAnswer collect(CollectionRequest request) {
            throw unavailable();
        }

        @Override
        public GatewayAnswer payOut(PayoutRequest request) {
            throw unavailable();
        }

        @Override
        public GatewayAnswer refund(RefundRequest request) {
            throw unavailable();
        }

        @Override
        public Lookup findByProviderReference(MoneyMovement movement, String reference) {
            throw unavailable();
        }

        @Override
        public Lookup findByOurReference(MoneyMovement movement, String reference) {
            throw unavailable();
        }

        @Override
        public Money balance() {
            throw unavailable();
        }

        @Override
        public List<ProviderMovement> movementsBetween(Instant from, Instant to) {
            throw unavailable();
        }
    }

    private static final class NoSms implements SmsGatewayPort, NotConfigured {
        @Override
        public List<RecipientResult> sendMany(SmsRequest request) {
            throw unavailable();
        }
    }

    private static final class NoVoice implements VoiceGatewayPort, NotConfigured {
        @Override
        public List<CallEntry> call(List<PhoneNumber> to, String clientRequestId) {
            throw unavailable();
        }
    }

    @Singleton
    @Secondary
    ProviderCircuitsPort circuits() {
        return new ProviderCircuitsPort() {
            @Override
            public java.util.Map<String, String> states() {
                return java.util.Map.of();
            }

            @Override
            public void reset(String service) {
                throw new com.voicepact.domain.InvalidValueException(
                        "no provider circuits exist: no provider is configured");
            }
        };
    }

    private static GatewayException unavailable() {
        return new GatewayException(NONE, false, null);
    }
}
