package com.voicepact.application.phone.port.shared;

/** What became of an SMS for one recipient at the provider. */
public enum RecipientStatus {
    SENT,
    QUEUED,
    REJECTED
}
