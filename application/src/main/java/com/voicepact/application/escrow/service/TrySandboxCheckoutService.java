package com.voicepact.application.escrow.service;

import com.voicepact.application.escrow.port.in.PaymentProviderUnavailableException;
import com.voicepact.application.escrow.port.in.SandboxOnlyException;
import com.voicepact.application.escrow.port.in.TrySandboxCheckoutCommand;
import com.voicepact.application.escrow.port.in.TrySandboxCheckoutUseCase;
import com.voicepact.application.escrow.port.out.CollectionRequest;
import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import java.util.Map;

public final class TrySandboxCheckoutService implements TrySandboxCheckoutUseCase {

    private final PaymentGatewayPort gateway;
    private final boolean sandbox;

    public TrySandboxCheckoutService(PaymentGatewayPort gateway, boolean sandbox) {
        this.gateway = gateway;
        this.sandbox = sandbox;
    }

    @Override
    public SandboxCheckoutResult testCheckout(TrySandboxCheckoutCommand command) {
        PhoneNumber phone = command.phone();
        Money amount = command.amount();
        if (!sandbox) {
            throw new SandboxOnlyException();
        }
        try {
            GatewayAnswer answer = gateway.collect(
                    new CollectionRequest(phone, amount, "SANDBOXTEST0", Map.of("purpose", "sandbox test")));
            return answer instanceof GatewayAnswer.Accepted accepted
                    ? new SandboxCheckoutResult(true, accepted.providerReference(), accepted.description())
                    : new SandboxCheckoutResult(false, null, ((GatewayAnswer.Refused) answer).description());
        } catch (GatewayException e) {
            throw new PaymentProviderUnavailableException("payment provider unavailable: " + e.getMessage(), e);
        }
    }
}
