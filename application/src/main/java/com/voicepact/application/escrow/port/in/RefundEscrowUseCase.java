package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.payment.EscrowPayment;

public interface RefundEscrowUseCase {

    /** Operator only; for a cancelled contract (including a dispute resolved for the buyer). */
    EscrowPayment refund(RefundEscrowCommand command);
}
