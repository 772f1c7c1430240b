package com.voicepact.application.escrow.service;

import com.voicepact.application.escrow.port.in.GetPaymentUseCase;
import com.voicepact.application.escrow.port.in.GetWalletBalanceUseCase;
import com.voicepact.application.escrow.port.in.ListContractPaymentsUseCase;
import com.voicepact.application.escrow.port.in.PaymentNotFoundException;
import com.voicepact.application.escrow.port.in.PaymentProviderUnavailableException;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.TransactionId;
import java.util.List;

public final class PaymentQueryService
        implements GetPaymentUseCase, ListContractPaymentsUseCase, GetWalletBalanceUseCase {

    private final Payments payments;
    private final PaymentGatewayPort gateway;

    public PaymentQueryService(Payments payments, PaymentGatewayPort gateway) {
        this.payments = payments;
        this.gateway = gateway;
    }

    @Override
    public EscrowPayment get(TransactionId id) {
        return payments.findById(id).orElseThrow(() -> new PaymentNotFoundException(id.value()));
    }

    @Override
    public List<EscrowPayment> ofContract(ContractId contract) {
        return payments.findByContract(contract);
    }

    @Override
    public Money walletBalance() {
        try {
            return gateway.balance();
        } catch (GatewayException e) {
            throw new PaymentProviderUnavailableException("wallet balance unavailable: " + e.getMessage(), e);
        }
    }
}
