package com.voicepact.adapter.out.africastalking;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.out.PayoutRequest;
import com.voicepact.application.portcontract.PaymentGatewayContractTest;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.sandbox.africastalking.AtSandbox;
import com.voicepact.sandbox.africastalking.SandboxSettings;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The payment gateway contract on AT's adapter, over HTTP against the local AT sandbox (its phone
 * simulator's approve and decline, and a wallet that refuses a payout larger than it holds).
 */
class AtPaymentGatewayContractTest extends PaymentGatewayContractTest {

    private AtSandbox sandbox;
    private AtPaymentGateway gateway;

    @BeforeEach
    void start() {
        sandbox = AtSandbox.start(SandboxSettings.forTests("k"));
        AtConfig config = AtConfig.of("sandbox", "k", "VoicePact", null)
                .pointedAt(sandbox.url().toString())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(1));
        gateway = new AtPaymentGateway(config, new AtResilience(Clock.systemUTC(), Duration.ofMillis(1)));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Override
    protected PaymentGatewayPort gateway() {
        return gateway;
    }

    /** Any number but the sandbox's test payers waits for the simulator's PIN screen. */
    @Override
    protected PhoneNumber waitingPayer() {
        return new PhoneNumber("+254712345678");
    }

    @Override
    protected void payerApproves(String providerReference) {
        assertThat(sandbox.approve(providerReference)).isTrue();
    }

    @Override
    protected void payerDeclines(String providerReference) {
        assertThat(sandbox.decline(providerReference)).isTrue();
    }

    /** More than the sandbox wallet holds: AT's B2C entry answers Failed (insufficient funds). */
    @Override
    protected PayoutRequest payoutTheProviderRefuses(String payoutId) {
        BigDecimal tooMuch = sandbox.wallet().add(new BigDecimal("1000"));
        return new PayoutRequest(
                payoutId,
                new PhoneNumber("+254722000111"),
                Money.of(tooMuch.stripTrailingZeros().toPlainString(), CurrencyCode.KES));
    }
}
