package com.voicepact.domain.payment;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static com.voicepact.domain.testdata.ContractBuilder.T0;
import static com.voicepact.domain.testdata.ContractBuilder.aContract;
import static com.voicepact.domain.testdata.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.DeliveryReport;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract's money as a table (total KES 175,000): what is held, owed, open to a checkout, funded, settled, complete. */
class ContractEscrowTest {

    private static final Instant LATER = T0.plusSeconds(3600);

    private record Expected(
            String held,
            String owed,
            String openToCheckout,
            boolean funded,
            boolean acceptsCheckout,
            boolean payingOut,
            boolean settled,
            boolean complete) {}

    private static Contract accepted() {
        Contract c = aContract().active();
        c.fulfilment().reportDelivery(SELLER, DeliveryReport.full(LATER));
        c.fulfilment().acceptDelivery(BUYER, LATER);
        return c;
    }

    private static EscrowPayment releasing() {
        EscrowPayment p = aPayment().locked();
        p.startRelease(LATER);
        return p;
    }

    private static EscrowPayment released() {
        EscrowPayment p = releasing();
        p.escrow().payoutConfirmed(p.payouts().get(0).id(), null, LATER);
        return p;
    }

    private static EscrowPayment failed() {
        EscrowPayment p = aPayment().number(2).pending();
        p.fail("cancelled by the buyer", LATER);
        return p;
    }

    static Stream<Arguments> table() {
        return Stream.of(
                row(
                        "confirmed, nothing paid",
                        () -> aContract().confirmed(),
                        List::of,
                        new Expected("0", "175000", "175000", false, true, false, true, false)),
                row(
                        "confirmed, a checkout pending",
                        () -> aContract().confirmed(),
                        () -> List.of(aPayment().pending()),
                        new Expected("0", "175000", "0", false, true, false, false, false)),
                row(
                        "confirmed, all locked",
                        () -> aContract().confirmed(),
                        () -> List.of(aPayment().locked()),
                        new Expected("175000", "0", "0", true, true, false, false, false)),
                row(
                        "active, part locked",
                        () -> aContract().active(),
                        () -> List.of(aPayment().amount("100000").locked()),
                        new Expected("100000", "75000", "75000", false, true, false, false, false)),
                row(
                        "active, part locked and the rest pending",
                        () -> aContract().active(),
                        () -> List.of(
                                aPayment().amount("100000").locked(),
                                aPayment().number(2).amount("75000").pending()),
                        new Expected("100000", "75000", "0", false, false, false, false, false)),
                row(
                        "active, all locked",
                        () -> aContract().active(),
                        () -> List.of(aPayment().locked()),
                        new Expected("175000", "0", "0", true, false, false, false, false)),
                row(
                        "accepted, release under way",
                        ContractEscrowTest::accepted,
                        () -> List.of(releasing()),
                        new Expected("175000", "0", "0", true, false, true, false, false)),
                row(
                        "accepted, released",
                        ContractEscrowTest::accepted,
                        () -> List.of(released()),
                        new Expected("175000", "0", "0", true, false, false, true, true)),
                row(
                        "active, the only checkout failed",
                        () -> aContract().active(),
                        () -> List.of(failed()),
                        new Expected("0", "175000", "175000", false, true, false, true, false)),
                row(
                        "pending contract",
                        () -> aContract().pending(),
                        List::of,
                        new Expected("0", "175000", "175000", false, false, false, true, false)));
    }

    private static Arguments row(
            String name, Supplier<Contract> contract, Supplier<List<EscrowPayment>> payments, Expected expected) {
        return Arguments.of(name, contract, payments, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void givenAContractAndItsPayments_thenTheViewReadsItsMoney(
            String name, Supplier<Contract> contract, Supplier<List<EscrowPayment>> payments, Expected expected) {
        ContractEscrow escrow = ContractEscrow.of(contract.get(), payments.get());

        assertThat(escrow.held()).isEqualTo(kes(expected.held()));
        assertThat(escrow.owed()).isEqualTo(kes(expected.owed()));
        assertThat(escrow.openToCheckout()).isEqualTo(kes(expected.openToCheckout()));
        assertThat(escrow.isFunded()).isEqualTo(expected.funded());
        assertThat(escrow.acceptsCheckout()).isEqualTo(expected.acceptsCheckout());
        assertThat(escrow.isPayingOut()).isEqualTo(expected.payingOut());
        assertThat(escrow.isSettled()).isEqualTo(expected.settled());
        assertThat(escrow.isComplete()).isEqualTo(expected.complete());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void givenAnyRow_thenOwedIsTheTotalLessHeldAndCheckoutsNeverOverReserve(
            String name, Supplier<Contract> contract, Supplier<List<EscrowPayment>> payments, Expected ignored) {
        ContractEscrow escrow = ContractEscrow.of(contract.get(), payments.get());

        assertThat(escrow.held().plus(escrow.owed())).isEqualTo(escrow.total());
        assertThat(escrow.reserved().plus(escrow.openToCheckout()).compareTo(escrow.total()))
                .isGreaterThanOrEqualTo(0);
        assertThat(escrow.openToCheckout().compareTo(escrow.owed())).isLessThanOrEqualTo(0);
    }

    @org.junit.jupiter.api.Test
    void givenAConfirmedRelease_thenItsTotalAndProviderIdAreWhatTheSellerIsTold() {
        EscrowPayment paid = releasing();
        paid.escrow().payoutConfirmed(paid.payouts().get(0).id(), "QK7R2", LATER);

        ContractEscrow escrow = ContractEscrow.of(accepted(), List.of(paid, failed()));

        assertThat(escrow.paidOut(PayoutKind.RELEASE, null))
                .isEqualTo(new ContractEscrow.PaidOut(kes("175000"), "QK7R2"));
        assertThat(escrow.paidOut(PayoutKind.REFUND, BUYER)).isEqualTo(new ContractEscrow.PaidOut(kes("0"), ""));
        assertThat(escrow.payers()).containsExactly(BUYER);
    }

    private static Money kes(String amount) {
        return Money.of(amount, CurrencyCode.KES);
    }
}
