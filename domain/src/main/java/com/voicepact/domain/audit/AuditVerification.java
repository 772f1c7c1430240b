package com.voicepact.domain.audit;

/** The outcome of checking the audit chain: intact, or the first entry where it breaks and why. */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenSequence, String reason) {

    public static AuditVerification intact(long entries) {
        return new AuditVerification(true, entries, null, "chain intact");
    }

    public static AuditVerification broken(long entries, long sequence, String reason) {
        return new AuditVerification(false, entries, sequence, reason);
    }
}
