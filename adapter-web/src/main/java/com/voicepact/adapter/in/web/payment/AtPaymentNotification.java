package com.voicepact.adapter.in.web.payment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/** Africa's Talking's JSON payment notification (the fields we use; the rest is kept in the raw body). */
@Serdeable
record AtPaymentNotification(@Nullable String transactionId, @Nullable String category, @Nullable String status,
                             @Nullable String value, @Nullable String amount, @Nullable String transactionFee,
                             @Nullable String description, @Nullable String phoneNumber,
                             @Nullable Map<String, String> requestMetadata) {
}
