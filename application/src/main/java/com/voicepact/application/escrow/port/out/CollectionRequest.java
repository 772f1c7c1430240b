package com.voicepact.application.escrow.port.out;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import java.util.Map;
import java.util.Objects;

/**
 * A collection (STK push) from {@code payer}. {@code reference}: our 12-hex payment reference, what the
 * payer sees and what {@link PaymentGatewayPort#findByOurReference} looks for; {@code metadata}: our ids, echoed back by
 * providers that can (AT's {@code requestMetadata}).
 */
public record CollectionRequest(PhoneNumber payer, Money amount, String reference, Map<String, String> metadata) {
    public CollectionRequest {
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reference, "reference");
        metadata = Map.copyOf(metadata);
    }
}
