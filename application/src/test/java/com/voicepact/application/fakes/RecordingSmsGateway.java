package com.voicepact.application.fakes;

import com.voicepact.application.phone.port.in.SmsDeliveryReport;
import com.voicepact.application.phone.port.out.SmsGatewayPort;
import com.voicepact.application.phone.port.shared.RecipientResult;
import com.voicepact.application.phone.port.shared.RecipientStatus;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.common.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** An SMS gateway that keeps what it was asked to send. */
public final class RecordingSmsGateway implements SmsGatewayPort {

    public record Sent(PhoneNumber to, String text) {}

    private final List<Sent> sent = new ArrayList<>();
    private volatile boolean down;
    private final Set<PhoneNumber> refused = ConcurrentHashMap.newKeySet();
    private volatile Consumer<SmsDeliveryReport> reportBeforeAnswering;

    /** Like AT's sandbox: each send's {@code Success} report is handed over before the send returns. */
    public void reportEachSendBeforeAnswering(Consumer<SmsDeliveryReport> reports) {
        this.reportBeforeAnswering = reports;
    }

    @Override
    public synchronized List<RecipientResult> sendMany(SmsRequest request) {
        if (down) {
            throw new GatewayException("SMS gateway unreachable", false, null);
        }
        List<RecipientResult> results = new ArrayList<>();
        for (PhoneNumber to : request.to()) {
            if (refused.contains(to)) { // as AT answers for a number it will not deliver to: status code 403
                results.add(new RecipientResult(to, RecipientStatus.REJECTED, null, null, "InvalidPhoneNumber (403)"));
                continue;
            }
            sent.add(new Sent(to, request.text()));
            results.add(new RecipientResult(to, RecipientStatus.SENT, "ATXid_" + sent.size(), "KES 0.8000", null));
            if (reportBeforeAnswering != null) {
                reportBeforeAnswering.accept(
                        new SmsDeliveryReport("ATXid_" + sent.size(), "Success", to.e164(), "63902", null, "0"));
            }
        }
        return results;
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The provider refuses every message to {@code phone}, as AT does an invalid or blacklisted number. */
    public void refuse(PhoneNumber phone) {
        refused.add(phone);
    }

    public void setDown(boolean isDown) {
        this.down = isDown;
    }
}
