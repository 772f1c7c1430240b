package com.voicepact.application.shared.port.out;

/**
 * Another transaction changed the same data first (a stale contract version, or an audit entry
 * appended at the same place). The work is refused, never merged; callers may reload and retry.
 */
public class ConcurrentUpdateException extends RuntimeException {

    public ConcurrentUpdateException(String message, Throwable cause) {
        super(message, cause);
    }
}
