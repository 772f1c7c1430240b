package com.voicepact.domain.payment;

import com.voicepact.domain.StateConflictException;

/**
 * A dispute or a dispute resolution that {@link DisputePolicy} refuses, with the reason in the
 * parties' and the operator's terms (a 409 over the API, the refusal SMS or USSD screen on a phone).
 */
public final class DisputeRefusedException extends StateConflictException {

    public DisputeRefusedException(String reason) {
        super(reason);
    }
}
