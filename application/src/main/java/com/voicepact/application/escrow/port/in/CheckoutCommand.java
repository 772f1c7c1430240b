package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import java.util.Map;

/** The buyer pays (part of) a confirmed contract into escrow by an STK push. */
public record CheckoutCommand(
        ContractId contractId,
        PhoneNumber payer,
        Money amount,
        String paymentType,
        Map<String, String> metadata,
        String idempotencyKey,
        Actor actor) {

    public CheckoutCommand {
        InvalidValueException.require(contractId != null, "contract_id is required");
        InvalidValueException.require(payer != null, "phone_number is required");
        InvalidValueException.require(amount != null && amount.isPositive(), "amount must be positive");
        InvalidValueException.require(actor != null, "actor is required");
        paymentType = paymentType == null || paymentType.isBlank() ? "escrow" : paymentType.strip();
        InvalidValueException.require(paymentType.equals("escrow"), "payment_type must be 'escrow'");
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        InvalidValueException.require(metadata.size() <= 20, "metadata holds at most 20 entries");
        InvalidValueException.require(
                idempotencyKey == null || (idempotencyKey.length() <= 100 && !idempotencyKey.isBlank()),
                "Idempotency-Key must be 1 to 100 characters");
    }
}
