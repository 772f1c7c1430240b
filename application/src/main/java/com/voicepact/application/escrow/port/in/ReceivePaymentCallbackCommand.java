package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.InvalidValueException;

/**
 * A payment provider's callback as it arrived, already authenticated by the caller (token, source address, signature).
 *
 * @param route       where it was posted, relative to the provider's callback base ({@code webhook}, {@code stk},
 *                    {@code b2c/result}, ...): at most 40 characters of lower-case letters, digits, {@code -} and {@code /}
 * @param contentType the request's media type, or null when it sent none
 * @param body        the raw body, or null when empty
 * @throws InvalidValueException when the route is missing or not of that shape
 */
public record ReceivePaymentCallbackCommand(String route, String contentType, String body) {

    public ReceivePaymentCallbackCommand {
        InvalidValueException.require(
                route != null && route.matches("[a-z0-9][a-z0-9/-]{0,39}"), "no callback is taken at this address");
    }
}
