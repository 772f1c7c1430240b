package com.voicepact.application.operations.port.out;

/** What an outbox message asks for once its transaction has committed: one record per kind of work. */
public sealed interface OutboxPayload permits SmsMessage, PayoutMessage {}
