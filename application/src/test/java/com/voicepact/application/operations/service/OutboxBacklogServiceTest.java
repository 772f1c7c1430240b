package com.voicepact.application.operations.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.operations.port.in.GetOutboxBacklogUseCase.GivenUpMessage;
import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.shared.port.in.PageRequest;
import com.voicepact.domain.testdata.ContractBuilder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxBacklogServiceTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();

    @Test
    void givenNothingQueued_whenRead_thenNoBacklogAndNoOldest() {
        var backlog = app.outboxBacklog.backlog(new PageRequest(50, 0));

        assertThat(backlog.pending()).isZero();
        assertThat(backlog.oldestPendingAt()).isNull();
        assertThat(backlog.givenUp()).isEmpty();
        assertThat(backlog.total()).isZero();
    }

    @Test
    void givenAnSmsTheDispatcherGaveUpOn_whenRead_thenItsRecipientTextAttemptsErrorAndTimeFromTheClock() {
        String longText = "VoicePact: " + "x".repeat(300);
        app.outbox.enqueue(OutboxMessage.sms("sms:one", "+254712345678", longText, "AG-2026-000001", app.clock.now()));
        app.outbox.enqueue(
                OutboxMessage.payout("TXN-AG-2026-000001-001-P1", "TXN-AG-2026-000001-001", app.clock.now()));
        app.clock.advance(Duration.ofMinutes(3));
        app.outbox.giveUp("sms:one", "rejected: InvalidPhoneNumber", app.clock.now());

        var backlog = app.outboxBacklog.backlog(new PageRequest(50, 0));

        assertThat(backlog.pending()).isEqualTo(1);
        assertThat(backlog.oldestPendingAt()).isEqualTo(ContractBuilder.T0);
        assertThat(backlog.total()).isEqualTo(1);
        GivenUpMessage sms = backlog.givenUp().get(0);
        assertThat(sms.messageId()).isEqualTo("sms:one");
        assertThat(sms.kind()).isEqualTo("sms");
        assertThat(sms.recipient()).isEqualTo("+254712345678");
        assertThat(sms.summary()).hasSize(160).startsWith("VoicePact: xxx").endsWith("...");
        assertThat(sms.attempts()).isEqualTo(1);
        assertThat(sms.lastError()).isEqualTo("rejected: InvalidPhoneNumber");
        assertThat(sms.givenUpAt()).isEqualTo(ContractBuilder.T0.plus(Duration.ofMinutes(3)));
    }

    @Test
    void givenAnSmsTheProviderNeverTakes_whenTheDispatcherGivesUp_thenListedWithTheTimeItGaveUpOnTheClock() {
        app.outbox.enqueue(OutboxMessage.sms("sms:never", "+254712345678", "Funded", "", app.clock.now()));
        app.sms.setDown(true);
        java.time.Instant gaveUpAt = null;
        for (int round = 0; round < 2 * DispatchOutboxService.MAX_SMS_ATTEMPTS && gaveUpAt == null; round++) {
            app.dispatcher.dispatchDue();
            if (!app.outbox.failed().isEmpty()) {
                gaveUpAt = app.clock.now();
            }
            app.clock.advance(Duration.ofHours(1));
        }

        var backlog = app.outboxBacklog.backlog(new PageRequest(50, 0));

        assertThat(backlog.pending()).isZero();
        assertThat(backlog.givenUp()).singleElement().satisfies(m -> {
            assertThat(m.attempts()).isEqualTo(DispatchOutboxService.MAX_SMS_ATTEMPTS);
            assertThat(m.lastError()).startsWith("given up after 12 attempts");
            assertThat(m.givenUpAt()).isNotNull();
        });
        assertThat(backlog.givenUp().get(0).givenUpAt()).isEqualTo(gaveUpAt);
    }
}
