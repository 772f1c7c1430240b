package com.voicepact.application.operations.service;

import com.voicepact.application.operations.port.in.GetOutboxBacklogUseCase;
import com.voicepact.application.operations.port.out.OutboxBacklogPort;
import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.operations.port.out.PayoutMessage;
import com.voicepact.application.operations.port.out.SmsMessage;
import com.voicepact.application.shared.port.in.PageRequest;
import java.util.Locale;

/** Reads the outbox's backlog and its given-up messages for an operator. */
public final class OutboxBacklogService implements GetOutboxBacklogUseCase {

    /** An SMS's text is shown up to one SMS's length: enough to recognise it. */
    static final int SUMMARY_LENGTH = 160;

    private final OutboxBacklogPort outbox;

    public OutboxBacklogService(OutboxBacklogPort outbox) {
        this.outbox = outbox;
    }

    @Override
    public OutboxBacklog backlog(PageRequest page) {
        return new OutboxBacklog(
                outbox.countPending(),
                outbox.oldestPendingSince().orElse(null),
                outbox.givenUp(page.limit(), page.offset()).stream()
                        .map(OutboxBacklogService::shown)
                        .toList(),
                page.limit(),
                page.offset(),
                outbox.countGivenUp());
    }

    private static GivenUpMessage shown(OutboxBacklogPort.GivenUp g) {
        OutboxMessage m = g.message();
        String recipient;
        String summary;
        if (m.payload() instanceof SmsMessage sms) {
            recipient = sms.to().e164();
            summary = sms.text().length() <= SUMMARY_LENGTH
                    ? sms.text()
                    : sms.text().substring(0, SUMMARY_LENGTH - 3) + "...";
        } else {
            PayoutMessage payout = (PayoutMessage) m.payload();
            recipient = "";
            summary = "payout " + payout.payoutId() + " of "
                    + payout.transactionId().value();
        }
        return new GivenUpMessage(
                m.key(),
                m.kind().name().toLowerCase(Locale.ROOT),
                recipient,
                summary,
                m.attempts(),
                m.lastError() == null ? "" : m.lastError(),
                g.givenUpAt());
    }
}
