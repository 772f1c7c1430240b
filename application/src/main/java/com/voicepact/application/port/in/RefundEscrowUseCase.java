package com.voicepact.application.port.in;

import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.TransactionId;

public interface RefundEscrowUseCase {

    /** Operator only; for a cancelled contract (including a dispute resolved for the buyer). */
    EscrowPayment refund(TransactionId transactionId, String reason, Actor actor);
}
