package com.voicepact.application.phone.port.out;

import com.voicepact.application.phone.port.shared.RecipientResult;
import com.voicepact.application.phone.port.shared.RecipientStatus;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;
import java.util.List;

/** Sends SMS through a provider. Calls that cannot reach it throw {@link GatewayException}. */
public interface SmsGatewayPort {

    /** One message to one or many recipients; {@code senderId} may be null, {@code enqueue} asks the provider to queue. */
    record SmsRequest(List<PhoneNumber> to, String text, String senderId, boolean enqueue) {
        public SmsRequest {
            InvalidValueException.require(to != null && !to.isEmpty(), "an SMS needs at least one recipient");
            InvalidValueException.require(text != null && !text.isBlank(), "an SMS needs a text");
            to = List.copyOf(to);
        }
    }

    List<RecipientResult> sendMany(SmsRequest request);

    /** One SMS to one phone; a rejection is a {@link GatewayException} so the outbox tries again later. */
    default String send(PhoneNumber to, String text) {
        List<RecipientResult> results = sendMany(new SmsRequest(List.of(to), text, null, false));
        RecipientResult result = results.isEmpty() ? null : results.get(0);
        if (result == null || result.status() == RecipientStatus.REJECTED) {
            throw new GatewayException(
                    "SMS to " + to.masked() + " rejected: " + (result == null ? "no result" : result.reason()),
                    false,
                    null);
        }
        return result.messageId();
    }
}
