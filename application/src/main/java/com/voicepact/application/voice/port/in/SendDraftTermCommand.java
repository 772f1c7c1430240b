package com.voicepact.application.voice.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.TermCorrection;

/**
 * A term a phone sent by SMS for a voice draft: {@code PRICE-<draft> 3500} is field PRICE, value {@code "3500"}
 * (as {@link com.voicepact.domain.messaging.SmsCommand} read it; the value is read here, as a correction's is).
 */
public record SendDraftTermCommand(ContractId draft, PhoneNumber from, TermCorrection.Field field, String value) {

    public SendDraftTermCommand {
        InvalidValueException.require(
                draft != null && from != null && field != null, "draft, phone and term are required");
    }
}
