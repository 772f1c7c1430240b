package com.voicepact.application.escrow.port.out;

import com.voicepact.application.shared.port.out.GatewayException;

/**
 * The provider offers no list of its movements ({@link PaymentGatewayPort#movementsBetween}), so asking again later will
 * not help: M-Pesa Daraja has none (its Pull Transactions API is a separate product). A permanent fact of the
 * provider, not an outage. The message says, in an operator's words, where the provider's records are instead
 * (e.g. "compare with the M-Pesa statement from the M-Pesa Org Portal").
 */
public class MovementsNotListedException extends GatewayException {

    public MovementsNotListedException(String message) {
        super(message, false, null);
    }
}
