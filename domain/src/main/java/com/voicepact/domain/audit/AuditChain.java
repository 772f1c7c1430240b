package com.voicepact.domain.audit;

import com.voicepact.domain.InvalidValueException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Seals audit records into an HMAC-SHA256 chain and verifies a chain read back from storage. */
public final class AuditChain {

    static final String GENESIS = "0".repeat(64);
    private final byte[] key;

    public AuditChain(byte[] key) {
        InvalidValueException.require(key != null && key.length >= 32, "audit key must be at least 32 bytes");
        this.key = key.clone();
    }

    /** The entry that follows {@code previous} (empty for the first entry of the log). */
    public AuditEntry seal(AuditRecord record, Optional<AuditEntry> previous) {
        long sequence = previous.map(p -> p.sequence() + 1).orElse(1L);
        String previousMac = previous.map(AuditEntry::mac).orElse(GENESIS);
        return new AuditEntry(sequence, record, previousMac, mac(sequence, record, previousMac));
    }

    /**
     * The MAC of a record on its own, before it has a place in the chain: hex HMAC-SHA256, under the same key, of
     * {@code recordId} (a one-time id the writer gives it) and its content, apart from every entry's MAC by a leading
     * {@code "record"} field. A record queued to be sealed later carries it, so that only holders of the key can queue
     * a record the chain will take, and only once (its id is kept with its entry).
     */
    public String recordMac(String recordId, AuditRecord record) {
        return hmac(String.join("\u001f", "record", recordId, canonical(record)));
    }

    /** Whether {@code mac} is {@link #recordMac} of {@code recordId} and {@code record} (compared in constant time). */
    public boolean isRecordMac(String recordId, AuditRecord record, String mac) {
        return recordId != null
                && mac != null
                && MessageDigest.isEqual(
                        recordMac(recordId, record).getBytes(StandardCharsets.US_ASCII),
                        mac.getBytes(StandardCharsets.US_ASCII));
    }

    public AuditVerification verify(List<AuditEntry> entriesInOrder) {
        long expectedSequence = 1;
        String expectedPrevious = GENESIS;
        for (AuditEntry entry : entriesInOrder) {
            if (entry.sequence() != expectedSequence) {
                return AuditVerification.broken(
                        entriesInOrder.size(),
                        expectedSequence,
                        "entry " + expectedSequence + " is missing (found " + entry.sequence() + ")");
            }
            if (!entry.previousMac().equals(expectedPrevious)) {
                return AuditVerification.broken(
                        entriesInOrder.size(), entry.sequence(), "link to the previous entry is broken");
            }
            String recomputed = mac(entry.sequence(), entry.record(), entry.previousMac());
            if (!MessageDigest.isEqual(
                    recomputed.getBytes(StandardCharsets.US_ASCII), entry.mac().getBytes(StandardCharsets.US_ASCII))) {
                return AuditVerification.broken(
                        entriesInOrder.size(), entry.sequence(), "content does not match its MAC");
            }
            expectedSequence++;
            expectedPrevious = entry.mac();
        }
        return AuditVerification.intact(entriesInOrder.size());
    }

    private String mac(long sequence, AuditRecord r, String previousMac) {
        return hmac(String.join("\u001f", Long.toString(sequence), previousMac, canonical(r)));
    }

    private static String canonical(AuditRecord r) {
        return String.join(
                "\u001f",
                r.at().toString(),
                r.actor(),
                r.action(),
                r.subject(),
                r.oldStatus(),
                r.newStatus(),
                r.details());
    }

    private String hmac(String canonical) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(hmac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK provides HmacSHA256", e);
        }
    }
}
