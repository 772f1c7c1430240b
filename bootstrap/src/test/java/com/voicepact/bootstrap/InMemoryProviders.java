package com.voicepact.bootstrap;

import com.voicepact.application.fakes.InMemoryPaymentGateway;
import com.voicepact.application.fakes.RecordingSmsGateway;
import com.voicepact.application.shared.port.out.ClockPort;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** For end-to-end tests: the in-memory payment provider and SMS gateway in place of the unconfigured ones. */
@Factory
@Requires(property = "test.in-memory-providers", value = "true")
class InMemoryProviders {

    @Singleton
    InMemoryPaymentGateway paymentGateway(ClockPort clock) {
        return new InMemoryPaymentGateway(clock);
    }

    @Singleton
    RecordingSmsGateway smsGateway() {
        return new RecordingSmsGateway();
    }
}
