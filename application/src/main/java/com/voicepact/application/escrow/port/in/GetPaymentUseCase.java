package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.TransactionId;

public interface GetPaymentUseCase {

    /** @throws PaymentNotFoundException when unknown */
    EscrowPayment get(TransactionId id);
}
