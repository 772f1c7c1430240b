package com.voicepact.application.port.out;

import com.voicepact.domain.common.PhoneNumber;

/** Sends one SMS; returns the provider's message id. Failing sends throw {@link GatewayException}. */
public interface SmsGatewayPort {

    String send(PhoneNumber to, String text);
}
