package com.voicepact.application.audit.port.out;

import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.audit.AuditEntry;
import java.util.List;

/** The audit log read by action: for operators' lists of what happened of one kind (a surplus refund started, ...). */
public interface AuditActionLog {

    /**
     * The latest {@code limit} entries recording {@code action}, newest first, after sealing the records committed
     * before the call (as {@link AuditLog}'s reads do).
     */
    List<AuditEntry> withAction(AuditAction action, int limit);
}
