package com.voicepact.domain.audit;

import com.voicepact.domain.InvalidValueException;
import java.time.Instant;

/** What happened, before it is sealed into the chain. Status fields are empty for non-status events. */
public record AuditRecord(
        Instant at, String actor, String action, String subject, String oldStatus, String newStatus, String details) {

    public AuditRecord {
        InvalidValueException.require(at != null, "audit time is required");
        actor = InvalidValueException.requireText(actor, "audit actor", 200);
        action = InvalidValueException.requireText(action, "audit action", 80);
        subject = InvalidValueException.requireText(subject, "audit subject", 80);
        oldStatus = oldStatus == null ? "" : oldStatus;
        newStatus = newStatus == null ? "" : newStatus;
        details = details == null ? "" : details;
    }
}
