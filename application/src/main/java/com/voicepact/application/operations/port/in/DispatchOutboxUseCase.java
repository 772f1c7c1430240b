package com.voicepact.application.operations.port.in;

public interface DispatchOutboxUseCase {

    /** Sends what is due in the outbox (SMS, payouts); returns how many messages were completed. */
    int dispatchDue();
}
