package com.voicepact.application.phone.port.shared;

import com.voicepact.domain.common.PhoneNumber;

/** What the provider did for one recipient of an SMS; a rejection carries the provider's reason. */
public record RecipientResult(
        PhoneNumber phone, RecipientStatus status, String messageId, String cost, String reason) {}
