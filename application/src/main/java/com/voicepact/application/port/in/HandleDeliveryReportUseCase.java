package com.voicepact.application.port.in;

public interface HandleDeliveryReportUseCase {

    /** Updates the logged SMS; false when we never sent that message id. */
    boolean handle(SmsDeliveryReport report);
}
