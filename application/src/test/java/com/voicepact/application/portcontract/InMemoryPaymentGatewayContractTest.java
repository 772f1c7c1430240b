package com.voicepact.application.portcontract;

import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.out.PayoutRequest;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.fakes.InMemoryPaymentGateway;
import com.voicepact.application.fakes.MutableClock;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import java.time.Instant;

/** The payment gateway contract on the in-memory provider every application test uses. */
class InMemoryPaymentGatewayContractTest extends PaymentGatewayContractTest {

    private final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway(new MutableClock(Instant.now()));

    @Override
    protected PaymentGatewayPort gateway() {
        return gateway;
    }

    @Override
    protected PhoneNumber waitingPayer() {
        return new PhoneNumber("+254712345678");
    }

    @Override
    protected void payerApproves(String providerReference) {
        gateway.complete(providerReference, "Success");
    }

    @Override
    protected void payerDeclines(String providerReference) {
        gateway.complete(providerReference, "Failed");
    }

    @Override
    protected PayoutRequest payoutTheProviderRefuses(String payoutId) {
        gateway.refuseNextPayout(FailureReason.INSUFFICIENT_FUNDS);
        return new PayoutRequest(payoutId, new PhoneNumber("+254722000111"), Money.of("100", CurrencyCode.KES));
    }
}
