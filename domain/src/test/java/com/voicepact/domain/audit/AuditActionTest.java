package com.voicepact.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored action texts are under the chain's MACs: this list is the one that was written before the enum, and only grows. */
class AuditActionTest {

    private static final List<String> WRITTEN_BEFORE = List.of(
            "CONTRACT_CREATED",
            "CONTRACT_CONFIRMED_BY_PARTY",
            "CONTRACT_DECLINED_BY_PARTY",
            "CONTRACT_EXPIRED",
            "CONTRACT_FUNDED",
            "CONTRACT_COMPLETED",
            "DELIVERY_REPORTED",
            "DELIVERY_ACCEPTED",
            "DISPUTE_RAISED",
            "DISPUTE_RESOLVED",
            "DISPUTE_RESOLVED_AGAIN",
            "CHECKOUT_REQUESTED",
            "CHECKOUT_ACCEPTED",
            "CHECKOUT_FAILED",
            "CHECKOUT_EXPIRED",
            "CHECKOUT_UNRESOLVED",
            "PAYMENT_LOCKED",
            "PAYMENT_FAILED",
            "PAYMENT_EVENT_FLAGGED",
            "ESCROW_RELEASE_STARTED",
            "ESCROW_SPLIT_STARTED",
            "ESCROW_REFUND_STARTED",
            "SURPLUS_REFUND_STARTED",
            "PAYOUT_SENDING",
            "PAYOUT_ACCEPTED",
            "PAYOUT_NOT_RECEIVED",
            "PAYOUT_CONFIRMED",
            "PAYOUT_FAILED",
            "SMS_GIVEN_UP",
            "SMS_COMMAND_REFUSED",
            "VOICE_CALL_STARTED",
            "VOICE_CALL_ENDED",
            "VOICE_CALL_PROCESSED",
            "RECONCILIATION_MISMATCH",
            "CIRCUIT_RESET");

    @Test
    void every_action_written_before_is_still_stored_with_the_same_text() {
        List<String> stored =
                Arrays.stream(AuditAction.values()).map(AuditAction::stored).toList();
        assertThat(stored).containsAll(WRITTEN_BEFORE);
    }

    @Test
    void each_action_stores_its_own_text_and_fits_the_record() {
        for (AuditAction action : AuditAction.values()) {
            assertThat(action.stored()).isEqualTo(action.name()).hasSizeLessThanOrEqualTo(80);
        }
        assertThat(Arrays.stream(AuditAction.values()).map(AuditAction::stored).distinct())
                .hasSize(AuditAction.values().length);
    }
}
