package com.voicepact.application.operations.service;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.escrow.PayoutHandover;
import com.voicepact.application.escrow.SideEffects;
import com.voicepact.application.escrow.port.in.SettleMovementUseCase;
import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.application.escrow.port.out.PaymentGatewayPort;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.operations.DispatchStep;
import com.voicepact.application.operations.port.in.DispatchOutboxUseCase;
import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.operations.port.out.PayoutMessage;
import com.voicepact.application.operations.port.out.SmsMessage;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.phone.port.out.SmsGatewayPort;
import com.voicepact.application.phone.port.out.SmsLog;
import com.voicepact.application.phone.port.out.SmsLogEntry;
import com.voicepact.application.phone.port.shared.RecipientStatus;
import com.voicepact.application.shared.ConflictRetry;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.application.shared.port.out.RequestContextPort;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.common.PhoneNumber;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds, after the commit that queued it: an SMS through the gateway (given up
 * after {@link #MAX_SMS_ATTEMPTS}), a payout through {@link PayoutHandover} (never given up). A message
 * that fails waits {@link #backoff} before its next attempt.
 */
public final class DispatchOutboxService implements DispatchOutboxUseCase {

    private static final Logger LOG = Logger.getLogger(DispatchOutboxService.class.getName());
    private static final Duration LEASE = Duration.ofSeconds(60);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    /** About four hours of backoff (11 waits of {@link #backoff}): a notification later than that misleads more than it helps. Payouts never give up. */
    public static final int MAX_SMS_ATTEMPTS = 12;

    private static final Actor DISPATCHER = Actor.system("outbox-dispatcher");
    private final Payments payments;
    private final OutboxMessages outbox;
    private final ClockPort clock;
    private final AuditTrail audit;
    private final ConflictRetry retry;
    private final SmsGatewayPort sms;
    private final PayoutHandover payouts;
    private final SmsLog smsLog;
    private final RequestContextPort requests;

    public DispatchOutboxService(
            Payments payments,
            OutboxMessages outbox,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            LedgerPostings ledger,
            Messenger messenger,
            SmsGatewayPort sms,
            PaymentGatewayPort gateway,
            SettleMovementUseCase settlements,
            com.voicepact.application.phone.port.out.SmsLog smsLog) {
        this(
                payments,
                outbox,
                clock,
                transactions,
                audit,
                ledger,
                messenger,
                sms,
                gateway,
                settlements,
                smsLog,
                RequestContextPort.NONE);
    }

    /** As the other constructor; each message is dispatched as part of the request that caused it ({@code requests}). */
    public DispatchOutboxService(
            Payments payments,
            OutboxMessages outbox,
            ClockPort clock,
            TransactionPort transactions,
            AuditTrail audit,
            LedgerPostings ledger,
            Messenger messenger,
            SmsGatewayPort sms,
            PaymentGatewayPort gateway,
            SettleMovementUseCase settlements,
            com.voicepact.application.phone.port.out.SmsLog smsLog,
            RequestContextPort requests) {
        this.requests = requests;
        this.payments = payments;
        this.outbox = outbox;
        this.clock = clock;
        this.audit = audit;
        this.retry = new ConflictRetry(transactions);
        this.sms = sms;
        this.payouts = new PayoutHandover(
                payments, clock, retry, new SideEffects(ledger, outbox, messenger, audit), gateway, settlements);
        this.smsLog = smsLog;
    }

    @Override
    public int dispatchDue() {
        int done = 0;
        for (OutboxMessage message : outbox.claimDue(clock.now(), LEASE, 20)) {
            if (requests.within(message.requestId(), () -> dispatch(message))) {
                done++;
            }
        }
        return done;
    }

    /** Sends one message; true when it is done. What is logged meanwhile names the request that caused it. */
    private boolean dispatch(OutboxMessage message) {
        DispatchStep step;
        String error = null;
        try {
            step = message.payload() instanceof SmsMessage text
                    ? sendSms(text)
                    : payouts.handOver((PayoutMessage) message.payload());
        } catch (RuntimeException e) {
            step = DispatchStep.LATER;
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        LOG.info(describe(message) + (step == DispatchStep.DONE ? ": done" : ": not done yet, " + error));
        if (step == DispatchStep.DONE) {
            outbox.markDone(message.key());
            return true;
        }
        if (message.kind() == OutboxMessage.Kind.SMS && message.attempts() + 1 >= MAX_SMS_ATTEMPTS) {
            giveUp(message, error);
        } else {
            outbox.reschedule(
                    message.key(), clock.now().plus(backoff(message.attempts())), error == null ? "will retry" : error);
        }
        return false;
    }

    /** What the log says of a message: never the phone number in full, nor the text. */
    private static String describe(OutboxMessage message) {
        String what = message.payload() instanceof SmsMessage text
                ? "SMS (" + text.type().stored() + ") to " + text.to().masked()
                : "payout " + ((PayoutMessage) message.payload()).payoutId();
        return "outbox " + what + ", attempt " + (message.attempts() + 1);
    }

    private void giveUp(OutboxMessage message, String error) {
        String reason = "given up after " + MAX_SMS_ATTEMPTS + " attempts: " + (error == null ? "not sent" : error);
        String subject = message.payload() instanceof SmsMessage text && text.contract() != null
                ? text.contract().value()
                : message.key();
        retry.inTransaction(() -> {
            outbox.giveUp(message.key(), reason, clock.now());
            audit.change(
                    DISPATCHER, AuditAction.SMS_GIVEN_UP, subject, "PENDING", "FAILED", message.key() + ": " + reason);
            return null;
        });
    }

    public static Duration backoff(int attempts) {
        Duration delay = Duration.ofSeconds(15L << Math.min(attempts, 10));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    private DispatchStep sendSms(SmsMessage message) {
        PhoneNumber to = message.to();
        String text = message.text();
        var results = sms.sendMany(new SmsGatewayPort.SmsRequest(List.of(to), text, null, false));
        String contract = message.contract() == null ? null : message.contract().value();
        results.forEach(r -> SmsLogEntry.sent(r, text, message.type().stored(), contract, clock.now())
                .ifPresent(smsLog::record));
        if (results.isEmpty() || results.get(0).status() == RecipientStatus.REJECTED) {
            throw new GatewayException(
                    "SMS to " + to.masked() + " rejected: "
                            + (results.isEmpty() ? "no result" : results.get(0).reason()),
                    false,
                    null);
        }
        return DispatchStep.DONE;
    }
}
