package com.voicepact.application.phone.port.in;

import com.voicepact.domain.messaging.DeliveryReportOutcome;

public interface ReceiveDeliveryReportUseCase {

    /**
     * Applies the report to the logged SMS, or keeps it until that SMS is logged; a report after a
     * final status changes nothing.
     *
     * @throws com.voicepact.domain.InvalidValueException when the status is no status (blank, not letters)
     */
    DeliveryReportOutcome handle(SmsDeliveryReport report);
}
