package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.contract.Contract;

public interface AcceptDeliveryUseCase {

    /** The buyer accepts the delivery; the escrow is released at once when nothing else is missing. */
    Contract acceptDelivery(DeliveryCommand command);
}
