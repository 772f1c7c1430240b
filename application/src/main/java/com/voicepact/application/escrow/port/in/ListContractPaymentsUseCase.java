package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import java.util.List;

public interface ListContractPaymentsUseCase {

    /** Every payment of the contract (none when it has none or does not exist). */
    List<EscrowPayment> ofContract(ContractId contract);
}
