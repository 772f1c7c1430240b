package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.payment.EscrowPayment;

public interface ReleaseEscrowUseCase {

    /** @throws ReleaseNotAllowedException when the recorded confirmations do not allow it yet */
    EscrowPayment release(ReleaseEscrowCommand command);
}
