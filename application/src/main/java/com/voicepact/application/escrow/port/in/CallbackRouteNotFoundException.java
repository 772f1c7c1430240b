package com.voicepact.application.escrow.port.in;

import com.voicepact.application.shared.port.in.NotFoundException;

/** No payment provider posts callbacks to this address. */
public final class CallbackRouteNotFoundException extends NotFoundException {

    public CallbackRouteNotFoundException() {
        super("no payment callback is taken at this address");
    }
}
