package com.voicepact.application.phone.port.in;

import com.voicepact.application.phone.port.shared.RecipientResult;
import java.util.List;

public interface SendSmsUseCase {

    /**
     * Sends now (an operator's direct send), logs each recipient's result.
     *
     * @throws SmsUnavailableException when the SMS provider cannot be reached
     */
    List<RecipientResult> send(SendSmsCommand command);
}
