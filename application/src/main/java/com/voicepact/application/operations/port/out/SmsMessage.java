package com.voicepact.application.operations.port.out;

import com.voicepact.application.phone.port.out.SmsType;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import java.util.Optional;

/**
 * An SMS to send: the recipient, the text already in their language, the contract it is about (null
 * when none) and why it is sent ({@link SmsType}, kept in the SMS log).
 */
public record SmsMessage(PhoneNumber to, String text, ContractId contract, SmsType type) implements OutboxPayload {

    public SmsMessage {
        InvalidValueException.require(
                to != null && text != null && type != null, "an SMS needs a recipient, a text and a type");
    }

    /** From stored texts: {@code phone} in E.164, {@code contractId} empty or null when the SMS is about no contract. */
    public static SmsMessage of(String phone, String text, String contractId, SmsType type) {
        return new SmsMessage(
                new PhoneNumber(phone),
                text,
                contractId == null || contractId.isEmpty() ? null : new ContractId(contractId),
                type);
    }

    public Optional<ContractId> aboutContract() {
        return Optional.ofNullable(contract);
    }
}
