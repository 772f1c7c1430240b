package com.voicepact.application.phone.service;

import com.voicepact.application.phone.port.in.SendSmsCommand;
import com.voicepact.application.phone.port.in.SendSmsUseCase;
import com.voicepact.application.phone.port.in.SmsUnavailableException;
import com.voicepact.application.phone.port.out.SmsGatewayPort;
import com.voicepact.application.phone.port.out.SmsLog;
import com.voicepact.application.phone.port.out.SmsLogEntry;
import com.voicepact.application.phone.port.shared.RecipientResult;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import java.util.List;

/** An operator's SMS sent at once (not through the outbox), each recipient's result logged. */
public final class SendSmsService implements SendSmsUseCase {

    private final SmsGatewayPort gateway;
    private final SmsLog log;
    private final ClockPort clock;

    public SendSmsService(SmsGatewayPort gateway, SmsLog log, ClockPort clock) {
        this.gateway = gateway;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public List<RecipientResult> send(SendSmsCommand command) {
        List<PhoneNumber> to = command.to();
        String text = command.text();
        String type = command.type();
        ContractId contract = command.contract();
        List<RecipientResult> results;
        try {
            results = gateway.sendMany(new SmsGatewayPort.SmsRequest(to, text, null, false));
        } catch (GatewayException e) {
            throw new SmsUnavailableException("SMS provider unavailable: " + e.getMessage(), e);
        }
        results.forEach(r -> SmsLogEntry.sent(r, text, type, contract == null ? null : contract.value(), clock.now())
                .ifPresent(log::record)); // a result without a message id has nothing to follow
        return results;
    }
}
