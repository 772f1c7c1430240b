package com.voicepact.application.port.in;

import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.TransactionId;
import java.util.List;

public interface GetPaymentUseCase {

    /** @throws PaymentNotFoundException when unknown */
    EscrowPayment get(TransactionId id);

    List<EscrowPayment> ofContract(ContractId contract);
}
