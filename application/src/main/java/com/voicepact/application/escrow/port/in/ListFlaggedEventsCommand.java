package com.voicepact.application.escrow.port.in;

/** A page of flagged notifications: {@code limit} 1 to 100 entries after skipping {@code offset} (checked by the use case). */
public record ListFlaggedEventsCommand(int limit, int offset) {}
