package com.voicepact.adapter.in.web.contract;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

/** A party as the first version's clients send it: {@code phone} (or {@code phone_number}), role, name. */
@Serdeable(naming = SnakeCaseStrategy.class)
record PartyRequest(
        @Nullable String phone,
        @Nullable String phoneNumber,
        @Nullable String role,
        @Nullable String name) {

    String anyPhone() {
        return phone != null ? phone : phoneNumber;
    }
}
