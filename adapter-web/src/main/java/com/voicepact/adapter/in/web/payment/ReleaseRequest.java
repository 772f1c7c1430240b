package com.voicepact.adapter.in.web.payment;

import com.voicepact.domain.InvalidValueException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import java.util.List;

/**
 * {@code confirmed_by} is accepted for compatibility and ignored: release trusts only recorded confirmations. It is read as
 * any JSON value so that a wrong type is refused naming the field ({@link #requireConfirmedByIsAList}), which the generic
 * body error cannot.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
record ReleaseRequest(
        @Nullable String contractId,
        @Nullable String transactionId,
        @Nullable Object confirmedBy) {

    /** @throws InvalidValueException when {@code confirmed_by} is given as anything but a list of texts */
    void requireConfirmedByIsAList() {
        InvalidValueException.require(
                confirmedBy == null
                        || confirmedBy instanceof List<?> list && list.stream().allMatch(String.class::isInstance),
                "confirmed_by must be a list of phone numbers as texts, e.g. [\"0722000111\"] (it is ignored: only recorded "
                        + "confirmations release the money)");
    }
}
