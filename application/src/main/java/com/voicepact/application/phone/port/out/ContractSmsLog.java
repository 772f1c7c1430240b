package com.voicepact.application.phone.port.out;

import com.voicepact.domain.contract.ContractId;
import java.util.List;

/** The SMS log read by contract: what each party was told about one contract, and whether it arrived. */
public interface ContractSmsLog {

    /** Every SMS logged as being about {@code contract}, oldest first (by time sent, then message id). */
    List<SmsLogEntry> forContract(ContractId contract);
}
