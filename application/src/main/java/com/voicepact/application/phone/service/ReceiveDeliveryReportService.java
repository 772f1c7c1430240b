package com.voicepact.application.phone.service;

import com.voicepact.application.phone.port.in.ReceiveDeliveryReportUseCase;
import com.voicepact.application.phone.port.in.SmsDeliveryReport;
import com.voicepact.application.phone.port.out.SmsLog;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.domain.messaging.DeliveryReportOutcome;
import com.voicepact.domain.messaging.SmsDeliveryStatus;

/** AT's delivery reports of the SMS we sent, applied to the SMS log (a report after a final status changes nothing). */
public final class ReceiveDeliveryReportService implements ReceiveDeliveryReportUseCase {

    private final SmsLog log;
    private final ClockPort clock;

    public ReceiveDeliveryReportService(SmsLog log, ClockPort clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    public DeliveryReportOutcome handle(SmsDeliveryReport report) {
        return log.applyReport(
                report.messageId(), SmsDeliveryStatus.of(report.status()), report.failureReason(), clock.now());
    }
}
