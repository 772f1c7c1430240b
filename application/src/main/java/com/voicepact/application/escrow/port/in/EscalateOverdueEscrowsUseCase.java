package com.voicepact.application.escrow.port.in;

public interface EscalateOverdueEscrowsUseCase {

    /** ACTIVE contracts past the escrow timeout without both delivery confirmations become DISPUTED. Returns how many. */
    int escalateOverdueEscrows();
}
