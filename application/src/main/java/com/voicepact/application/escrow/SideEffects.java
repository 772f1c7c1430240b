package com.voicepact.application.escrow;

import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.phone.Messenger;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.payment.event.EscrowEvent;

/**
 * Writes what {@link EscrowEffects} decides for an event, in the caller's transaction: the postings to
 * the ledger, the messages to the outbox, the SMS through the {@link Messenger}, then the audit entry.
 * The only place a service's escrow change turns into those writes.
 */
public final class SideEffects {

    private final LedgerPostings ledger;
    private final OutboxMessages outbox;
    private final Messenger messenger;
    private final AuditTrail audit;

    public SideEffects(LedgerPostings ledger, OutboxMessages outbox, Messenger messenger, AuditTrail audit) {
        this.ledger = ledger;
        this.outbox = outbox;
        this.messenger = messenger;
        this.audit = audit;
    }

    /** Records {@code event}, caused by {@code actor}. */
    public void record(Actor actor, EscrowEvent event) {
        EscrowEffects.Effects effects = EscrowEffects.of(event);
        effects.postings().forEach(ledger::post);
        effects.outbox().forEach(outbox::enqueue);
        effects.sms().forEach(this::tell);
        EscrowEffects.Audit entry = effects.audit();
        audit.change(actor, entry.action(), entry.subject(), entry.from(), entry.to(), entry.details());
    }

    /** Queues the notice's SMS under {@code <type>:<event>}. */
    void tell(EscrowEffects.Notice notice) {
        messenger.send(
                notice.type().stored() + ":" + notice.event(),
                notice.type(),
                notice.to(),
                notice.contract(),
                notice.text());
    }
}
