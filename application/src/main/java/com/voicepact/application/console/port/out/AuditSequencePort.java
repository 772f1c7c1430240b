package com.voicepact.application.console.port.out;

/** How far the audit chain has grown: read often by the console's change stream, so it must be cheap. */
public interface AuditSequencePort {

    /**
     * The sequence of the last sealed audit entry, 0 when the chain is empty. A plain read: it seals nothing and takes
     * no lock (records queued and not sealed yet are counted once the log seals them, within a second or so).
     */
    long lastSealed();
}
