package com.voicepact.application.console.port.out;

import java.time.Instant;
import java.util.List;

/** Failed console sign-ins by client address, shared by every node, so a lockout holds across the cluster. */
public interface SignInFailures {

    /** Records a failed attempt from {@code clientAddress} (at most 64 characters) at {@code at}. */
    void record(String clientAddress, Instant at);

    /** The times of {@code clientAddress}'s failures at or after {@code from}, oldest first. */
    List<Instant> since(String clientAddress, Instant from);

    /** Forgets {@code clientAddress}'s failures (after a successful sign-in). */
    void clear(String clientAddress);

    /** Forgets every failure before {@code before} (they no longer count towards any lockout). */
    void deleteBefore(Instant before);
}
