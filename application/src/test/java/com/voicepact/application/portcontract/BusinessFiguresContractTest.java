package com.voicepact.application.portcontract;

import static com.voicepact.domain.testdata.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.escrow.port.out.LedgerPostings;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.operations.port.out.BusinessFigures;
import com.voicepact.application.operations.port.out.BusinessFiguresPort;
import com.voicepact.application.phone.port.out.SmsLog;
import com.voicepact.application.phone.port.out.SmsLogEntry;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.ledger.Postings;
import com.voicepact.domain.messaging.SmsDeliveryStatus;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.payment.PayoutKind;
import com.voicepact.domain.payment.PayoutState;
import com.voicepact.domain.testdata.ContractBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link BusinessFiguresPort} must count, read from the other ports' stores. */
public abstract class BusinessFiguresContractTest {

    private static final Instant T0 = ContractBuilder.T0;

    protected abstract Contracts contracts();

    protected abstract Payments payments();

    protected abstract LedgerPostings ledger();

    protected abstract SmsLog smsLog();

    protected abstract BusinessFiguresPort figures();

    protected abstract void reset();

    @BeforeEach
    void empty() {
        reset();
    }

    @Test
    void givenNothingStored_whenRead_thenEveryFamilyIsEmpty() {
        BusinessFigures figures = figures().read();
        assertThat(figures.contractsByStatus()).isEmpty();
        assertThat(figures.heldInEscrow()).isEmpty();
        assertThat(figures.owedInPayouts()).isEmpty();
        assertThat(figures.paymentsByStatus()).isEmpty();
        assertThat(figures.payouts()).isEmpty();
        assertThat(figures.smsByDeliveryStatus()).isEmpty();
    }

    @Test
    void givenContractsAndACheckoutPaidIn_whenRead_thenCountedByStatus_andTheEscrowHoldsItsAmount() {
        contracts().save(ContractBuilder.aContract().active());
        contracts().save(ContractBuilder.aContract().withSequence(2).pending());
        contracts().save(ContractBuilder.aContract().withSequence(3).pending());
        EscrowPayment paid = payments().save(aPayment().locked());
        ledger().post(Postings.lock(paid, T0.plusSeconds(30)));
        payments().save(aPayment().number(2).pending());

        BusinessFigures figures = figures().read();

        assertThat(figures.contractsByStatus())
                .isEqualTo(Map.of(ContractStatus.ACTIVE, 1L, ContractStatus.PENDING, 2L));
        assertThat(figures.paymentsByStatus()).isEqualTo(Map.of(PaymentStatus.LOCKED, 1L, PaymentStatus.PENDING, 1L));
        assertThat(figures.heldInEscrow()).isEqualTo(Map.of(CurrencyCode.KES, new BigDecimal("175000.00")));
        assertThat(figures.owedInPayouts()).isEmpty();
    }

    @Test
    void givenAReleaseStarted_whenRead_thenTheEscrowIsEmptied_andTheMoneyIsOwedInAPayout_untilConfirmed() {
        contracts().save(ContractBuilder.aContract().active());
        EscrowPayment payment = payments().save(aPayment().locked());
        ledger().post(Postings.lock(payment, T0.plusSeconds(30)));
        Payout payout = payment.startRelease(T0.plusSeconds(60));
        payment = payments().save(payment);
        ledger().post(Postings.payoutStarted(payment, payout, T0.plusSeconds(60)));

        BusinessFigures releasing = figures().read();
        assertThat(releasing.heldInEscrow()).isEqualTo(Map.of(CurrencyCode.KES, new BigDecimal("0.00")));
        assertThat(releasing.owedInPayouts()).isEqualTo(Map.of(CurrencyCode.KES, new BigDecimal("175000.00")));
        assertThat(releasing.paymentsByStatus()).isEqualTo(Map.of(PaymentStatus.RELEASING, 1L));
        assertThat(releasing.payouts()).isEqualTo(Map.of(PayoutKind.RELEASE, Map.of(PayoutState.REQUESTED, 1L)));

        ledger().post(Postings.payoutConfirmed(payment, payout, T0.plusSeconds(90)));
        assertThat(figures().read().owedInPayouts()).isEqualTo(Map.of(CurrencyCode.KES, new BigDecimal("0.00")));
    }

    @Test
    void givenSmsWithDeliveryReports_whenRead_thenCountedByTheirStoredStatus() {
        smsLog().record(sent("ATXid_1"));
        smsLog().record(sent("ATXid_2"));
        smsLog().record(sent("ATXid_3"));
        smsLog().applyReport("ATXid_1", SmsDeliveryStatus.of("Success"), null, T0.plusSeconds(3));
        smsLog().applyReport("ATXid_2", SmsDeliveryStatus.of("Failed"), "UserInBlacklist", T0.plusSeconds(3));

        assertThat(figures().read().smsByDeliveryStatus()).isEqualTo(Map.of("success", 1L, "failed", 1L, "sent", 1L));
    }

    private static SmsLogEntry sent(String messageId) {
        return new SmsLogEntry(
                messageId, "+254712345678", "Habari", "summary", "sent", "KES 0.8000", null, T0, null, null);
    }
}
