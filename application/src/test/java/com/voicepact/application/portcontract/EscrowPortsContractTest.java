package com.voicepact.application.portcontract;

import static com.voicepact.domain.testdata.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.escrow.port.out.IdempotencyKeys;
import com.voicepact.application.escrow.port.out.IdempotencyKeys.AnswerKind;
import com.voicepact.application.escrow.port.out.IdempotencyKeys.FirstAnswer;
import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.escrow.port.shared.ProviderEvent;
import com.voicepact.application.fakes.OutboxTexts;
import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.operations.port.out.OutboxMessages;
import com.voicepact.application.operations.port.out.PayoutMessage;
import com.voicepact.application.operations.port.out.SmsMessage;
import com.voicepact.application.phone.port.out.SmsType;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.ledger.Postings;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.TransactionId;
import com.voicepact.domain.testdata.ContractBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every implementation of the escrow ports must do; subclassed once per implementation. */
public abstract class EscrowPortsContractTest {

    protected static final Instant T0 = ContractBuilder.T0;

    protected abstract Contracts contracts();

    protected abstract Payments payments();

    protected abstract LedgerPostings ledger();

    protected abstract OutboxMessages outbox();

    protected abstract ProviderEvents providerEvents();

    protected abstract IdempotencyKeys idempotencyKeys();

    protected abstract void reset();

    @BeforeEach
    void emptyStores() {
        reset();
        contracts().save(ContractBuilder.aContract().active());
    }

    @Test
    void givenARetriedCheckout_whenSavedAndFound_thenTheCheckoutItRetriesIsKeptAsItsOwnField() {
        EscrowPayment first = payments().save(aPayment().pending());
        first.fail("timeout", T0.plusSeconds(5));
        payments().save(first);
        EscrowPayment retried = EscrowPayment.create(
                TransactionId.of(first.contractId(), 2),
                first.checkout().payer(),
                first.checkout().recipient(),
                first.amount(),
                "B7F5C3D8E9B2",
                java.util.Map.of("product", "Maize"),
                1,
                first.id(),
                T0.plusSeconds(60));
        EscrowPayment saved = payments().save(retried);
        EscrowPayment found = payments().findById(retried.id()).orElseThrow();
        assertThat(found.checkout().retryOf()).contains(first.id());
        assertThat(found.snapshot()).isEqualTo(saved.snapshot());
        assertThat(found.checkout().metadata()).doesNotContainKey("retry_of");
        assertThat(payments().findById(first.id()).orElseThrow().checkout().retryOf())
                .isEmpty();
    }

    @Test
    void givenPaymentWithPayouts_whenSavedAndFound_thenEveryFieldRoundTrips() {
        EscrowPayment payment = payments().save(aPayment().pending());
        payment.checkoutAccepted("ATPid_77");
        payment.lock(payment.amount(), null, T0.plusSeconds(5));
        Payout payout = payment.startRelease(T0.plusSeconds(9));
        payment.escrow().payoutSending(payout.id());
        payment.escrow().payoutAccepted(payout.id(), "ATPid_B2C_9");
        EscrowPayment saved = payments().save(payment);
        assertThat(saved.version()).isEqualTo(2);
        EscrowPayment found = payments().findById(payment.id()).orElseThrow();
        assertThat(found.snapshot()).isEqualTo(saved.snapshot());
        assertThat(found.checkout().metadata()).containsEntry("product", "Maize");
        assertThat(payments().findByProviderTransactionId("ATPid_77"))
                .map(EscrowPayment::id)
                .contains(payment.id());
        assertThat(payments().findByPayout("ATPid_B2C_9"))
                .map(EscrowPayment::id)
                .contains(payment.id());
        assertThat(payments().findByPayout(payout.id())).map(EscrowPayment::id).contains(payment.id());
        assertThat(payments().findByPayout("nothing")).isEmpty();
    }

    @Test
    void
            givenAPaymentLockedWithItsReceipt_andReleasedInSplitPayouts_whenSavedAndFound_thenTheReceiptAndEveryPartRoundTrip() {
        EscrowPayment payment = payments().save(aPayment().amount("400000").pending());
        payment.checkoutAccepted("ws_CO_77");
        payment.lock(payment.amount(), "SKL3ABC123", T0.plusSeconds(5));
        var limits = new com.voicepact.domain.payment.PayoutLimits(
                com.voicepact.domain.common.Money.of("10", com.voicepact.domain.common.CurrencyCode.KES),
                com.voicepact.domain.common.Money.of("250000", com.voicepact.domain.common.CurrencyCode.KES));
        java.util.List<Payout> parts = payment.startSettlement(payment.amount(), null, limits, T0.plusSeconds(9));
        payment.escrow().payoutSending(parts.get(0).id());
        payment.escrow().payoutAccepted(parts.get(0).id(), "AG_PART_1");
        EscrowPayment saved = payments().save(payment);

        EscrowPayment found = payments().findById(payment.id()).orElseThrow();

        assertThat(found.snapshot()).isEqualTo(saved.snapshot());
        assertThat(found.lifecycle().collectionReceipt()).contains("SKL3ABC123");
        assertThat(found.payouts())
                .extracting(Payout::amount)
                .extracting(m -> m.amount().toPlainString())
                .containsExactly("250000.00", "150000.00");
        assertThat(payments().findByPayout(parts.get(1).id()))
                .map(EscrowPayment::id)
                .contains(payment.id());
    }

    @Test
    void givenTwoCopies_whenBothSaved_thenTheStaleOneIsRefused_andADuplicateIdToo() {
        EscrowPayment saved = payments().save(aPayment().pending());
        EscrowPayment first = payments().findById(saved.id()).orElseThrow();
        EscrowPayment second = payments().findById(saved.id()).orElseThrow();
        first.expire(T0);
        payments().save(first);
        second.fail("x", T0);
        assertThatThrownBy(() -> payments().save(second)).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> payments().save(aPayment().pending())).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(payments().findById(saved.id()).orElseThrow().status()).isEqualTo(PaymentStatus.EXPIRED);
    }

    @Test
    void givenProviderIdAlreadyRecorded_whenAnotherPaymentGetsIt_thenAConflictInOurWordsAndTheFirstKeepsIt() {
        EscrowPayment first = payments().save(aPayment().number(1).pending());
        first.checkoutAccepted("ATPid_SAME");
        payments().save(first);
        EscrowPayment second = payments().save(aPayment().number(2).pending());
        second.checkoutAccepted("ATPid_SAME");
        assertThatThrownBy(() -> payments().save(second))
                .isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("provider transaction id is already recorded for another payment")
                .satisfies(e -> assertThat(e.getMessage())
                        .doesNotContainIgnoringCase("sql")
                        .doesNotContainIgnoringCase("payments_provider_transaction")
                        .doesNotContainIgnoringCase("index"));
        assertThat(payments().findByProviderTransactionId("ATPid_SAME"))
                .map(EscrowPayment::id)
                .contains(first.id());
    }

    @Test
    void givenPaymentsOfTwoContracts_whenReadTogether_thenEachContractsPaymentsInTheirOwnOrder() {
        ContractId first = ContractId.of(2026, 1);
        ContractId second = ContractId.of(2026, 2);
        contracts().save(ContractBuilder.aContract().withSequence(2).active());
        payments().save(aPayment().number(2).pending());
        payments().save(aPayment().forContract(second).number(1).pending());
        payments().save(aPayment().number(1).locked());

        List<EscrowPayment> together = payments().findByContracts(List.of(first, second));

        assertThat(together.stream().filter(p -> p.contractId().equals(first)).map(EscrowPayment::id))
                .containsExactlyElementsOf(payments().findByContract(first).stream()
                        .map(EscrowPayment::id)
                        .toList());
        assertThat(together.stream().filter(p -> p.contractId().equals(second)).map(EscrowPayment::id))
                .containsExactlyElementsOf(payments().findByContract(second).stream()
                        .map(EscrowPayment::id)
                        .toList());
        assertThat(together).hasSize(3);
        assertThat(payments().findByContracts(List.of(ContractId.of(2026, 9)))).isEmpty();
        assertThat(payments().findByContracts(List.of())).isEmpty();
    }

    @Test
    void givenPaymentsOfAContract_whenQueried_thenOldestFirstAndFilteredByStatusAndTime() {
        payments().save(aPayment().number(1).pending());
        EscrowPayment failed = aPayment().number(2).pending();
        failed.fail("Cancelled", T0.plusSeconds(100));
        payments().save(failed);
        payments().save(aPayment().number(3).locked());
        ContractId contract = ContractId.of(2026, 1);
        assertThat(payments().findByContract(contract))
                .extracting(p -> p.id().value())
                .containsExactly(
                        TransactionId.of(contract, 1).value(),
                        TransactionId.of(contract, 2).value(),
                        TransactionId.of(contract, 3).value());
        assertThat(payments().findPendingCreatedBefore(T0, 10)).hasSize(1);
        assertThat(payments().findRetryableClosedBefore(T0.plusSeconds(100), 10))
                .extracting(EscrowPayment::id)
                .containsExactly(failed.id());
        assertThat(payments().findRetryableClosedBefore(T0.plusSeconds(99), 10)).isEmpty();
        assertThat(payments().findCreatedBetween(T0, T0.plusSeconds(1))).hasSize(3);
        assertThat(payments().findPayingOut(10)).as("nothing is paying out yet").isEmpty();
        EscrowPayment releasing = aPayment().number(4).locked();
        releasing.startRelease(T0.plusSeconds(200));
        payments().save(releasing);
        EscrowPayment refunding = aPayment().number(5).locked();
        refunding.startRefund("cancelled", T0.plusSeconds(200));
        payments().save(refunding);
        assertThat(payments().findPayingOut(10))
                .extracting(EscrowPayment::id)
                .containsExactly(releasing.id(), refunding.id());
        assertThat(payments().findPayingOut(1)).hasSize(1);
    }

    @Test
    void givenPostings_whenPostedTwice_thenSecondRefused_andReadBackPerContract() {
        EscrowPayment payment = payments().save(aPayment().locked());
        ledger().post(Postings.lock(payment, T0));
        assertThatThrownBy(() -> ledger().post(Postings.lock(payment, T0)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(ledger().forContract(payment.contractId()))
                .singleElement()
                .satisfies(p -> assertThat(p).isEqualTo(Postings.lock(payment, T0)));
        assertThat(ledger().all()).hasSize(1);
    }

    @Test
    void givenAnSmsGivenUp_whenClaimingOrEnqueuingAgain_thenItIsNeitherSentNorRequeued_butListedAsFailed() {
        outbox().enqueue(OutboxMessage.sms("sms:gone", "+254712345678", "hello", "AG-2026-000001", T0));
        assertThat(outbox().claimDue(T0, Duration.ofSeconds(30), 10))
                .extracting(OutboxMessage::key)
                .contains("sms:gone");
        outbox().giveUp("sms:gone", "rejected 12 times: InvalidPhoneNumber", T0);
        outbox().enqueue(OutboxMessage.sms("sms:gone", "+254712345678", "hello", "AG-2026-000001", T0));
        assertThat(outbox().claimDue(T0.plusSeconds(3600), Duration.ofSeconds(30), 10))
                .extracting(OutboxMessage::key)
                .doesNotContain("sms:gone");
        assertThat(outbox().pending()).extracting(OutboxMessage::key).doesNotContain("sms:gone");
        assertThat(outbox().failed()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("sms:gone");
            assertThat(m.lastError()).isEqualTo("rejected 12 times: InvalidPhoneNumber");
        });
    }

    @Test
    void givenAMessageCausedByARequest_whenClaimedAndRetried_thenItStillNamesThatRequest_andOneCausedByNoneNamesNone() {
        outbox().enqueue(OutboxMessage.sms("sms:r", "+254712345678", "hello", "AG-2026-000001", T0)
                .causedBy("3f1c2a9e-req:1"));
        outbox().enqueue(OutboxMessage.sms("sms:n", "+254712345678", "hello", "AG-2026-000001", T0));
        assertThat(outbox().claimDue(T0, Duration.ofSeconds(30), 10))
                .extracting(OutboxMessage::key, OutboxMessage::requestId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("sms:r", "3f1c2a9e-req:1"),
                        org.assertj.core.groups.Tuple.tuple("sms:n", null));
        outbox().reschedule("sms:r", T0.plusSeconds(120), "gateway down");
        assertThat(outbox().claimDue(T0.plusSeconds(200), Duration.ofSeconds(30), 10))
                .filteredOn(m -> m.key().equals("sms:r"))
                .extracting(OutboxMessage::requestId)
                .containsExactly("3f1c2a9e-req:1");
    }

    @Test
    void givenOutboxMessages_whenClaimed_thenLeasedToOneClaimer_rescheduledAndDone() {
        outbox().enqueue(OutboxMessage.sms("sms:a", "+254712345678", "hello", "AG-2026-000001", T0));
        outbox().enqueue(OutboxMessage.sms("sms:a", "+254712345678", "hello again", "AG-2026-000001", T0));
        outbox().enqueue(OutboxMessage.payout(
                "TXN-AG-2026-000001-001-P1", "TXN-AG-2026-000001-001", T0.plusSeconds(60)));
        assertThat(outbox().pending()).hasSize(2);
        List<OutboxMessage> claimed = outbox().claimDue(T0, Duration.ofSeconds(30), 10);
        assertThat(claimed).extracting(OutboxMessage::key).containsExactly("sms:a");
        assertThat(OutboxTexts.text(claimed.get(0))).isEqualTo("hello");
        assertThat(outbox().claimDue(T0.plusSeconds(10), Duration.ofSeconds(30), 10))
                .as("leased")
                .isEmpty();
        outbox().reschedule("sms:a", T0.plusSeconds(120), "gateway down");
        assertThat(outbox().claimDue(T0.plusSeconds(61), Duration.ofSeconds(30), 10))
                .extracting(OutboxMessage::key)
                .containsExactly("payout:TXN-AG-2026-000001-001-P1");
        List<OutboxMessage> retried = outbox().claimDue(T0.plusSeconds(200), Duration.ofSeconds(30), 10);
        assertThat(retried).extracting(OutboxMessage::key).contains("sms:a");
        assertThat(retried.stream()
                        .filter(m -> m.key().equals("sms:a"))
                        .findFirst()
                        .orElseThrow()
                        .attempts())
                .isEqualTo(1);
        outbox().markDone("sms:a");
        outbox().enqueue(OutboxMessage.sms("sms:a", "+254712345678", "again", "AG-2026-000001", T0));
        assertThat(outbox().pending())
                .extracting(OutboxMessage::key)
                .containsExactly("payout:TXN-AG-2026-000001-001-P1");
    }

    @Test
    void givenTypedPayloads_whenStoredAndClaimed_thenEachReadsBackEqual_kindAndTypeIncluded() {
        SmsMessage aboutAContract = new SmsMessage(
                new PhoneNumber("+254712345678"),
                "Funded: 5 & 6 = 11%",
                new ContractId("AG-2026-000001"),
                SmsType.FUNDED);
        SmsMessage aboutNone = new SmsMessage(new PhoneNumber("+254712345679"), "help", null, SmsType.REPLY);
        PayoutMessage payout =
                new PayoutMessage("TXN-AG-2026-000001-001-P1", TransactionId.parse("TXN-AG-2026-000001-001"));
        outbox().enqueue(OutboxMessage.due("sms:funded:x", aboutAContract, T0));
        outbox().enqueue(OutboxMessage.due("sms:help:y", aboutNone, T0));
        outbox().enqueue(OutboxMessage.due("payout:TXN-AG-2026-000001-001-P1", payout, T0));
        List<OutboxMessage> claimed = outbox().claimDue(T0, Duration.ofSeconds(30), 10);
        assertThat(claimed)
                .extracting(OutboxMessage::payload)
                .containsExactlyInAnyOrder(aboutAContract, aboutNone, payout);
        assertThat(claimed)
                .filteredOn(m -> m.key().startsWith("payout:"))
                .singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(OutboxMessage.Kind.PAYOUT));
        outbox().reschedule("sms:help:y", T0, "gateway down");
        assertThat(outbox().pending())
                .filteredOn(m -> m.key().equals("sms:help:y"))
                .singleElement()
                .satisfies(m -> assertThat(m.payload()).isEqualTo(aboutNone));
        outbox().giveUp("sms:funded:x", "rejected", T0);
        assertThat(outbox().failed())
                .singleElement()
                .satisfies(m -> assertThat(m.payload()).isEqualTo(aboutAContract));
    }

    @Test
    void givenProviderEvents_whenRecorded_thenFoundByKeyDuplicatesRefusedAndFlaggedListed() {
        ProviderEvent applied = new ProviderEvent(
                ProviderEvent.keyOf("ATPid_1", "Success"),
                "ATPid_1",
                "Success",
                "KES 10",
                "{\"raw\":1}",
                T0,
                ProviderEvent.Outcome.APPLIED,
                "locked");
        ProviderEvent unknown = new ProviderEvent(
                ProviderEvent.keyOf("ATPid_2", "Success"),
                "ATPid_2",
                "Success",
                "",
                "{}",
                T0,
                ProviderEvent.Outcome.UNKNOWN_TRANSACTION,
                "no payment");
        ProviderEvent surprising = new ProviderEvent(
                ProviderEvent.keyOf("ATPid_B2C_3", "Success"),
                "ATPid_B2C_3",
                "Success",
                "KES 10",
                "{}",
                T0.plusSeconds(1),
                ProviderEvent.Outcome.APPLIED_BUT_FLAGGED,
                "payout confirmed, but the seller has now been paid" + " more than the contract entitles them to");
        providerEvents().record(applied);
        providerEvents().record(unknown);
        providerEvents().record(surprising);
        assertThat(providerEvents().findByKey(applied.key())).contains(applied);
        assertThatThrownBy(() -> providerEvents().record(applied)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(providerEvents().flagged()).containsExactly(unknown, surprising);
        assertThat(providerEvents().countFlagged()).isEqualTo(2);
        assertThat(providerEvents().flagged(1, 0)).as("newest first").containsExactly(surprising);
        assertThat(providerEvents().flagged(1, 1)).containsExactly(unknown);
        assertThat(providerEvents().flagged(10, 2)).isEmpty();
    }

    @Test
    void givenIdempotencyKey_whenRemembered_thenFoundAndNotTakenTwice() {
        TransactionId id = TransactionId.of(ContractId.of(2026, 1), 1);
        Instant at = Instant.parse("2026-11-30T09:00:00Z");
        idempotencyKeys().remember("client-key-1", id, "AG-2026-000001|+254712345678|KES 500.00", at);
        assertThat(idempotencyKeys().find("client-key-1")).hasValueSatisfying(k -> {
            assertThat(k.payment()).isEqualTo(id);
            assertThat(k.request()).isEqualTo("AG-2026-000001|+254712345678|KES 500.00");
            assertThat(k.answer()).as("in progress").isEmpty();
            assertThat(k.keptAt()).isEqualTo(at);
        });
        assertThat(idempotencyKeys().find("other")).isEmpty();
        assertThatThrownBy(() -> idempotencyKeys().remember("client-key-1", id, "x", at))
                .isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void givenAKeysFirstAnswer_whenKept_thenFoundAndNeverReplaced() {
        TransactionId id = TransactionId.of(ContractId.of(2026, 1), 2);
        idempotencyKeys().remember("client-key-2", id, "r", Instant.parse("2026-11-30T09:00:00Z"));
        FirstAnswer refused = new FirstAnswer(
                AnswerKind.REFUSED,
                "Insufficient funds",
                com.voicepact.application.escrow.port.shared.FailureReason.INSUFFICIENT_FUNDS);
        idempotencyKeys().answered("client-key-2", refused);
        idempotencyKeys().answered("client-key-2", new FirstAnswer(AnswerKind.ACCEPTED, "later words", null));
        assertThat(idempotencyKeys().find("client-key-2").orElseThrow().answer())
                .contains(refused);
    }
}
