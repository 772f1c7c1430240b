package com.voicepact.application.escrow;

import static com.voicepact.domain.testdata.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.operations.port.out.PayoutMessage;
import com.voicepact.application.phone.port.out.SmsType;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.messaging.SmsTemplates;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.event.ContractCompleted;
import com.voicepact.domain.payment.event.ContractFunded;
import com.voicepact.domain.payment.event.EscrowEvent;
import com.voicepact.domain.payment.event.Handover;
import com.voicepact.domain.payment.event.PaymentFailed;
import com.voicepact.domain.payment.event.PaymentLocked;
import com.voicepact.domain.payment.event.PayoutConfirmed;
import com.voicepact.domain.payment.event.PayoutFailed;
import com.voicepact.domain.payment.event.PayoutHandedOver;
import com.voicepact.domain.payment.event.PayoutsStarted;
import com.voicepact.domain.payment.event.Settlement;
import com.voicepact.domain.testdata.ContractBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The effects table, row by row: each escrow event, the postings, outbox messages, SMS and audit entry it causes. */
class EscrowEffectsTest {

    private static final Instant AT = ContractBuilder.T0.plusSeconds(600);
    private static final String TXN = "TXN-AG-2026-000001-001";

    /** One row: the event; the postings' ids and kinds; the outbox keys; the SMS as type:event->to; the audit entry. */
    record Row(
            String name,
            EscrowEvent event,
            List<String> postings,
            List<String> outbox,
            List<String> sms,
            EscrowEffects.Audit audit) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> table() {
        EscrowPayment locked = aPayment().locked();
        EscrowPayment releasing = aPayment().locked();
        Payout release = releasing.startRelease(AT);
        EscrowPayment splitting = aPayment().locked();
        List<Payout> split = splitting.startSplit(new BigDecimal("0.6"), AT);
        EscrowPayment paid = aPayment().locked();
        Payout paidOut = paid.startRelease(AT);
        paid.escrow().payoutConfirmed(paidOut.id(), "B2C_1", AT);
        EscrowPayment failed = aPayment().pending();
        failed.fail("insufficient funds", AT);
        EscrowPayment reversed = aPayment().locked();
        Payout reversedOut = reversed.startRefund("cancelled", AT);
        reversed.escrow().payoutFailed(reversedOut.id(), "recipient unknown");
        EscrowPayment handing = aPayment().locked();
        Payout handed = handing.startRelease(AT);
        handing.escrow().payoutSending(handed.id());
        EscrowPayment accepted = aPayment().locked();
        Payout acceptedOut = accepted.startRelease(AT);
        accepted.escrow().payoutSending(acceptedOut.id());
        accepted.escrow().payoutAccepted(acceptedOut.id(), "B2C_7");
        Money fee = Money.of("33", CurrencyCode.KES);
        String buyer = ContractBuilder.BUYER.e164();
        String seller = ContractBuilder.SELLER.e164();
        ContractId contract = locked.contractId();
        Money held = Money.of("175000", CurrencyCode.KES);
        String funded = "funded:" + contract.value() + "->";
        return Stream.of(
                        new Row(
                                "contract funded",
                                new ContractFunded(
                                        contract, ContractBuilder.BUYER, ContractBuilder.SELLER, held, held, AT),
                                List.of(),
                                List.of(),
                                List.of(funded + buyer, funded + seller),
                                contractAudit(
                                        AuditAction.CONTRACT_FUNDED,
                                        contract,
                                        "CONFIRMED",
                                        "ACTIVE",
                                        "escrow holds KES 175000.00")),
                        new Row(
                                "contract completed",
                                new ContractCompleted(contract, ContractStatus.DISPUTED, AT),
                                List.of(),
                                List.of(),
                                List.of(),
                                contractAudit(
                                        AuditAction.CONTRACT_COMPLETED,
                                        contract,
                                        "DISPUTED",
                                        "COMPLETED",
                                        "all payouts confirmed")),
                        new Row(
                                "locked",
                                PaymentLocked.of(locked, "ATPid_1", PaymentStatus.PENDING, AT),
                                List.of("LOCK:" + TXN + " lock"),
                                List.of(),
                                List.of(),
                                audit(
                                        AuditAction.PAYMENT_LOCKED,
                                        "PENDING",
                                        "LOCKED",
                                        "provider_transaction_id=ATPid_1 amount=KES 175000.00")),
                        new Row(
                                "checkout failed",
                                PaymentFailed.of(
                                        failed,
                                        "insufficient funds",
                                        SmsTemplates.REASON_KEYS + "insufficient_funds",
                                        PaymentStatus.PENDING,
                                        AT),
                                List.of(),
                                List.of(),
                                List.of("payment_failed:" + TXN + "->" + buyer),
                                audit(AuditAction.PAYMENT_FAILED, "PENDING", "FAILED", "insufficient funds")),
                        new Row(
                                "release started",
                                PayoutsStarted.of(
                                        releasing, Settlement.RELEASE, List.of(release), PaymentStatus.LOCKED, AT),
                                List.of("START:" + release.id() + " release"),
                                List.of("payout:" + release.id()),
                                List.of(),
                                audit(
                                        AuditAction.ESCROW_RELEASE_STARTED,
                                        "LOCKED",
                                        "RELEASING",
                                        "payouts=[" + release.id() + ":KES 175000.00->" + seller + "]")),
                        new Row(
                                "split started",
                                PayoutsStarted.of(splitting, Settlement.SPLIT, split, PaymentStatus.LOCKED, AT),
                                List.of(
                                        "START:" + split.get(0).id() + " release",
                                        "START:" + split.get(1).id() + " refund"),
                                List.of(
                                        "payout:" + split.get(0).id(),
                                        "payout:" + split.get(1).id()),
                                List.of(),
                                audit(
                                        AuditAction.ESCROW_SPLIT_STARTED,
                                        "LOCKED",
                                        "RELEASING",
                                        "payouts=[" + split.get(0).id() + ":KES 105000.00->" + seller + ", "
                                                + split.get(1).id() + ":KES 70000.00->" + buyer + "]")),
                        new Row(
                                "refund started",
                                PayoutsStarted.of(reversed, Settlement.REFUND, List.of(), PaymentStatus.LOCKED, AT),
                                List.of(),
                                List.of(),
                                List.of(),
                                audit(AuditAction.ESCROW_REFUND_STARTED, "LOCKED", "LOCKED", "payouts=[]")),
                        new Row(
                                "surplus refund started",
                                PayoutsStarted.of(
                                        reversed, Settlement.SURPLUS_REFUND, List.of(), PaymentStatus.LOCKED, AT),
                                List.of(),
                                List.of(),
                                List.of(),
                                audit(AuditAction.SURPLUS_REFUND_STARTED, "LOCKED", "LOCKED", "payouts=[]")),
                        new Row(
                                "payout confirmed with a fee",
                                PayoutConfirmed.of(paid, paidOut, fee, "", PaymentStatus.RELEASING, AT),
                                List.of("PAID:" + paidOut.id() + " payout_confirmed", "FEE:" + paidOut.id() + " fee"),
                                List.of(),
                                List.of(),
                                audit(
                                        AuditAction.PAYOUT_CONFIRMED,
                                        "RELEASING",
                                        "RELEASED",
                                        "payout=" + paidOut.id() + " ")),
                        new Row(
                                "payout confirmed, no fee named",
                                PayoutConfirmed.of(paid, paidOut, null, null, PaymentStatus.RELEASING, AT),
                                List.of("PAID:" + paidOut.id() + " payout_confirmed"),
                                List.of(),
                                List.of(),
                                audit(
                                        AuditAction.PAYOUT_CONFIRMED,
                                        "RELEASING",
                                        "RELEASED",
                                        "payout=" + paidOut.id() + " ")),
                        new Row(
                                "payout sending",
                                PayoutHandedOver.of(handing, Handover.SENDING, handed.id(), null, AT),
                                List.of(),
                                List.of(),
                                List.of(),
                                audit(
                                        AuditAction.PAYOUT_SENDING,
                                        "RELEASING",
                                        "RELEASING",
                                        "payout " + handed.id() + " attempt 1")),
                        new Row(
                                "payout accepted",
                                PayoutHandedOver.of(accepted, Handover.ACCEPTED, acceptedOut.id(), "B2C_7", AT),
                                List.of(),
                                List.of(),
                                List.of(),
                                audit(
                                        AuditAction.PAYOUT_ACCEPTED,
                                        "RELEASING",
                                        "RELEASING",
                                        "payout " + acceptedOut.id() + " provider_transaction_id=B2C_7")),
                        new Row(
                                "payout not received",
                                PayoutHandedOver.of(handing, Handover.NOT_RECEIVED, handed.id(), null, AT),
                                List.of(),
                                List.of(),
                                List.of(),
                                audit(
                                        AuditAction.PAYOUT_NOT_RECEIVED,
                                        "RELEASING",
                                        "RELEASING",
                                        "payout " + handed.id() + " unknown to the provider: it may be sent again")),
                        new Row(
                                "payout failed",
                                PayoutFailed.of(
                                        reversed, reversedOut, "recipient unknown", PaymentStatus.REFUNDING, AT),
                                List.of("REVERSE:" + reversedOut.id() + " payout_reversed"),
                                List.of(),
                                List.of(),
                                audit(
                                        AuditAction.PAYOUT_FAILED,
                                        "REFUNDING",
                                        "LOCKED",
                                        "payout=" + reversedOut.id() + " recipient unknown")))
                .map(Arguments::of);
    }

    private static EscrowEffects.Audit audit(AuditAction action, String from, String to, String details) {
        return new EscrowEffects.Audit(action, TXN, from, to, details);
    }

    private static EscrowEffects.Audit contractAudit(
            AuditAction action, ContractId contract, String from, String to, String details) {
        return new EscrowEffects.Audit(action, contract.value(), from, to, details);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void eachEventCausesExactlyItsRow(Row row) {
        EscrowEffects.Effects effects = EscrowEffects.of(row.event());
        assertThat(effects.postings())
                .extracting(p -> p.id() + " " + p.kind())
                .containsExactlyElementsOf(row.postings());
        assertThat(effects.postings()).allSatisfy(p -> {
            assertThat(p.at()).isEqualTo(AT);
            assertThat(p.transactionId()).isEqualTo(TXN);
        });
        assertThat(effects.outbox()).extracting(OutboxMessage::key).containsExactlyElementsOf(row.outbox());
        assertThat(effects.outbox())
                .allSatisfy(m -> assertThat(m.payload())
                        .isInstanceOfSatisfying(
                                PayoutMessage.class,
                                p -> assertThat(p.transactionId().value()).isEqualTo(TXN)));
        assertThat(effects.sms())
                .extracting(n -> n.type().stored() + ":" + n.event() + "->" + n.to().e164())
                .containsExactlyElementsOf(row.sms());
        assertThat(effects.audit()).isEqualTo(row.audit());
    }

    @org.junit.jupiter.api.Test
    void theFundedSmsTellTheBuyerWhatIsHeldAndTheSellerTheTotal() {
        ContractId contract = aPayment().locked().contractId();
        Money held = Money.of("175000", CurrencyCode.KES);
        Money total = Money.of("200000", CurrencyCode.KES);
        List<EscrowEffects.Notice> told = EscrowEffects.of(
                        new ContractFunded(contract, ContractBuilder.BUYER, ContractBuilder.SELLER, held, total, AT))
                .sms();
        SmsTemplates english = SmsTemplates.in(Language.EN);
        assertThat(told)
                .extracting(n -> n.text().apply(english))
                .containsExactly(english.fundedForBuyer(contract, held), english.fundedForSeller(contract, total));
        assertThat(told).allSatisfy(n -> assertThat(n.contract()).isEqualTo(contract));
    }

    @org.junit.jupiter.api.Test
    void theCheckoutFailedSmsSaysWhatItWasForInThePayersLanguage() {
        EscrowPayment failed = aPayment().pending();
        failed.fail("insufficient funds", AT);
        EscrowEffects.Notice notice = EscrowEffects.of(PaymentFailed.of(
                        failed,
                        "insufficient funds",
                        SmsTemplates.REASON_KEYS + "insufficient_funds",
                        PaymentStatus.PENDING,
                        AT))
                .sms()
                .get(0);
        assertThat(notice.type()).isEqualTo(SmsType.PAYMENT_FAILED);
        assertThat(notice.contract()).isEqualTo(failed.contractId());
        assertThat(notice.text().apply(SmsTemplates.in(Language.EN)))
                .contains(failed.contractId().value());
    }
}
