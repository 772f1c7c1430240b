package com.voicepact.application.port.in;

import com.voicepact.application.port.shared.RecipientResult;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import java.util.List;

public interface SendSmsUseCase {

    /**
     * Sends now (an operator's direct send), logs each recipient's result.
     *
     * @throws SmsUnavailableException when the SMS provider cannot be reached
     */
    List<RecipientResult> send(List<PhoneNumber> to, String text, String type, ContractId contract);
}
