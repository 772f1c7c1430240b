package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.contract.Contract;

public interface ReportDeliveryUseCase {

    /** The seller says the goods arrived (in full or in part); the buyer is asked to accept or dispute. */
    Contract reportDelivery(DeliveryCommand command);
}
