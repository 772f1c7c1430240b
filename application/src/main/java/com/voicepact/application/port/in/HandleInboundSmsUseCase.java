package com.voicepact.application.port.in;

public interface HandleInboundSmsUseCase {

    /** Carries out the sender's command once (a resent message changes nothing) and queues the reply. */
    void handle(InboundSms sms);
}
