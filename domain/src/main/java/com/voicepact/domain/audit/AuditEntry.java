package com.voicepact.domain.audit;

/**
 * A sealed audit record: its place in the chain, the previous entry's MAC and its own
 * HMAC-SHA256 over both. Changing or removing any entry breaks every MAC after it.
 */
public record AuditEntry(long sequence, AuditRecord record, String previousMac, String mac) {}
