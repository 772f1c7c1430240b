package com.voicepact.application.phone;

import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.operations.port.out.SmsMessage;
import com.voicepact.application.phone.port.out.LanguagePreferences;
import com.voicepact.application.phone.port.out.SmsType;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.messaging.SmsTemplates;
import java.util.function.Function;

/**
 * Queues an SMS in the recipient's language, in the caller's transaction. The event key makes it
 * unique: the same event never texts the same phone twice.
 */
public final class Messenger {

    private final OutboxMessages outbox;
    private final LanguagePreferences languages;
    private final ClockPort clock;
    private final Language defaultLanguage;

    public Messenger(OutboxMessages outbox, LanguagePreferences languages, ClockPort clock, Language defaultLanguage) {
        this.outbox = outbox;
        this.languages = languages;
        this.clock = clock;
        this.defaultLanguage = defaultLanguage;
    }

    public Language languageOf(PhoneNumber phone) {
        return languages.languageOf(phone).orElse(defaultLanguage);
    }

    /** Queues the SMS under {@code sms:<eventKey>:<phone>}; {@code contract} is null when it is about none. */
    public void send(
            String eventKey, SmsType type, PhoneNumber to, ContractId contract, Function<SmsTemplates, String> text) {
        String body = text.apply(SmsTemplates.in(languageOf(to)));
        outbox.enqueue(OutboxMessage.due(
                "sms:" + eventKey + ":" + to.e164(), new SmsMessage(to, body, contract, type), clock.now()));
    }
}
