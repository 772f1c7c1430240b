package com.voicepact.application.phone.port.in;

public interface ReceiveSmsUseCase {

    /**
     * Carries out the sender's command once (a resent message changes nothing) and queues the reply.
     * The message counts as handled only once its effect and its reply are stored: when anything on our
     * side fails (the database, say), the exception propagates, nothing is marked, and the provider's
     * resend is carried out as if it were the first delivery.
     *
     * @return what became of the message, for the provider's answer
     */
    InboundSmsOutcome handle(InboundSms sms);
}
