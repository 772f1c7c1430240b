package com.voicepact.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.DomainException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.Payout;
import com.voicepact.domain.testdata.PaymentBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Random sequences of escrow events on several payments of one contract, each posting what the
 * escrow services post: debits always equal credits, and the contract's escrow balance always equals
 * locked minus released minus refunded, never negative.
 */
class LedgerPropertiesTest {

    enum Event {
        LOCK,
        RELEASE,
        REFUND,
        SPLIT,
        CONFIRM_PAYOUT,
        FAIL_PAYOUT
    }

    private static final ContractId CONTRACT = ContractId.of(2026, 1);
    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");

    @Property(tries = 400)
    void doubleEntryInvariantsHoldForAnySequence(
            @ForAll("events") List<Integer> events, @ForAll("amounts") List<Integer> amounts) {
        List<EscrowPayment> payments = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            payments.add(PaymentBuilder.aPayment()
                    .number(i + 1)
                    .amount(amounts.get(i) + ".50")
                    .pending());
        }
        List<Posting> postings = new ArrayList<>();
        for (int code : events) {
            EscrowPayment payment = payments.get(code % payments.size());
            try {
                apply(Event.values()[(code / payments.size()) % Event.values().length], payment, postings);
            } catch (DomainException refused) {
                // an illegal event posts nothing
            }
            assertInvariants(payments, postings);
        }
    }

    private static void apply(Event event, EscrowPayment payment, List<Posting> postings) {
        switch (event) {
            case LOCK -> {
                payment.lock(payment.amount(), null, AT);
                postings.add(Postings.lock(payment, AT));
            }
            case RELEASE -> postings.add(Postings.payoutStarted(payment, payment.startRelease(AT), AT));
            case REFUND -> postings.add(Postings.payoutStarted(payment, payment.startRefund("cancelled", AT), AT));
            case SPLIT ->
                payment.startSplit(new BigDecimal("0.3"), AT)
                        .forEach(p -> postings.add(Postings.payoutStarted(payment, p, AT)));
            case CONFIRM_PAYOUT -> {
                Payout open = openPayout(payment);
                payment.escrow().payoutConfirmed(open.id(), null, AT);
                postings.add(Postings.payoutConfirmed(payment, open, AT));
                postings.add(Postings.fee(payment, open, Money.of("1.10", CurrencyCode.KES), AT));
            }
            case FAIL_PAYOUT -> {
                Payout open = openPayout(payment);
                payment.escrow().payoutFailed(open.id(), "Rejected");
                postings.add(Postings.payoutReversed(payment, open, AT));
            }
        }
    }

    private static Payout openPayout(EscrowPayment payment) {
        return payment.payouts().stream()
                .filter(Payout::isOpen)
                .findFirst()
                .orElseThrow(() -> new com.voicepact.domain.payment.PaymentTransitionException(
                        payment.id(), payment.status(), "no open payout"));
    }

    private static void assertInvariants(List<EscrowPayment> payments, List<Posting> postings) {
        assertThat(Balances.totalOf(postings, LedgerLine.Side.DEBIT, CurrencyCode.KES))
                .isEqualByComparingTo(Balances.totalOf(postings, LedgerLine.Side.CREDIT, CurrencyCode.KES));
        BigDecimal escrow = Balances.creditBalance(postings, Account.escrow(CONTRACT));
        BigDecimal locked = BigDecimal.ZERO;
        BigDecimal paidOut = BigDecimal.ZERO;
        for (EscrowPayment p : payments) {
            if (p.lifecycle().confirmedAt().isPresent()) {
                locked = locked.add(p.amount().amount());
            }
            for (Payout payout : p.payouts()) {
                if (payout.state() != com.voicepact.domain.payment.PayoutState.FAILED) {
                    paidOut = paidOut.add(payout.amount().amount());
                }
            }
        }
        assertThat(escrow).as("escrow = locked - released - refunded").isEqualByComparingTo(locked.subtract(paidOut));
        assertThat(escrow.signum()).as("escrow is never negative").isGreaterThanOrEqualTo(0);
        boolean allClosed = payments.stream()
                .allMatch(p -> p.status() != PaymentStatus.LOCKED && !p.status().holdsMoney());
        if (allClosed) {
            assertThat(escrow).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(Balances.creditBalance(postings, Account.sellerPayable(CONTRACT)))
                    .isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(Balances.creditBalance(postings, Account.buyerPayable(CONTRACT)))
                    .isEqualByComparingTo(BigDecimal.ZERO);
        }
    }

    @Provide
    Arbitrary<List<Integer>> events() {
        return Arbitraries.integers().between(0, 1000).list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Integer>> amounts() {
        return Arbitraries.integers().between(1, 100_000).list().ofMinSize(1).ofMaxSize(3);
    }

    @Test
    void givenUnbalancedLines_whenPosted_thenRefused() {
        assertThatThrownBy(() -> new Posting(
                        "X",
                        CONTRACT,
                        "T",
                        "lock",
                        AT,
                        List.of(
                                LedgerLine.debit(Account.wallet(), Money.of("10", CurrencyCode.KES)),
                                LedgerLine.credit(Account.escrow(CONTRACT), Money.of("9.99", CurrencyCode.KES)))))
                .hasMessageContaining("unbalanced");
    }

    @Test
    void givenPayoutKind_whenStarted_thenOwedToTheRightParty() {
        EscrowPayment payment = PaymentBuilder.aPayment().locked();
        Posting refund = Postings.payoutStarted(payment, payment.startRefund("x", AT), AT);
        assertThat(refund.lines()).extracting(l -> l.account().type()).contains(AccountType.BUYER_PAYABLE);
    }
}
