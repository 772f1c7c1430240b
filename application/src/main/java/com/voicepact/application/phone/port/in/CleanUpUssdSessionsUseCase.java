package com.voicepact.application.phone.port.in;

public interface CleanUpUssdSessionsUseCase {

    /** Deletes the USSD sessions idle longer than a session lives; returns how many were deleted. */
    int cleanUpExpiredSessions();
}
