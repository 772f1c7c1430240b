package com.voicepact.application.port.in;

/** No payment provider posts callbacks to this address. */
public final class CallbackRouteNotFoundException extends NotFoundException {

    public CallbackRouteNotFoundException() {
        super("no payment callback is taken at this address");
    }
}
