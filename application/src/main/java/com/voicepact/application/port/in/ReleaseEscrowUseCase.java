package com.voicepact.application.port.in;

import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.TransactionId;

public interface ReleaseEscrowUseCase {

    /** @throws ReleaseNotAllowedException when the recorded confirmations do not allow it yet */
    EscrowPayment release(ContractId contractId, TransactionId transactionId, Actor actor);
}
