package com.voicepact.domain.payment;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static com.voicepact.domain.testdata.ContractBuilder.aContract;
import static com.voicepact.domain.testdata.PaymentBuilder.aPayment;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.IllegalTransitionException;
import com.voicepact.domain.contract.PartyNotEntitledException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may pay how much into a KES 175,000 escrow (limits KES 1 to KES 200,000), as a table: allowed, or refused and why. */
class CheckoutPolicyTest {

    private static final Money SMALLEST = Money.of("1", CurrencyCode.KES);
    private static final Money LARGEST = Money.of("200000", CurrencyCode.KES);

    static Stream<Arguments> table() {
        return Stream.of(
                row(
                        "the buyer pays a confirmed contract in full",
                        () -> aContract().confirmed(),
                        List::of,
                        BUYER,
                        kes("175000"),
                        null,
                        null),
                row("the buyer pays part", () -> aContract().confirmed(), List::of, BUYER, kes("1000"), null, null),
                row(
                        "a pending contract",
                        () -> aContract().pending(),
                        List::of,
                        BUYER,
                        kes("1000"),
                        IllegalTransitionException.class,
                        "checkout needs a confirmed"),
                row(
                        "an active contract fully held",
                        () -> aContract().active(),
                        () -> List.of(aPayment().locked()),
                        BUYER,
                        kes("1000"),
                        IllegalTransitionException.class,
                        "checkout needs a confirmed"),
                row(
                        "an active contract with 75,000 open",
                        () -> aContract().active(),
                        () -> List.of(aPayment().amount("100000").locked()),
                        BUYER,
                        kes("75000"),
                        null,
                        null),
                row(
                        "the seller pays",
                        () -> aContract().confirmed(),
                        List::of,
                        SELLER,
                        kes("1000"),
                        PartyNotEntitledException.class,
                        "is not the buyer"),
                row(
                        "another currency",
                        () -> aContract().confirmed(),
                        List::of,
                        BUYER,
                        Money.of("1000", CurrencyCode.UGX),
                        InvalidValueException.class,
                        "differs from the contract's"),
                row(
                        "below the smallest",
                        () -> aContract().confirmed(),
                        List::of,
                        BUYER,
                        kes("0.50"),
                        InvalidValueException.class,
                        "outside the per-transaction limits KES 1.00 to KES 200000.00"),
                row(
                        "above what is open",
                        () -> aContract().confirmed(),
                        () -> List.of(aPayment().amount("100000").pending()),
                        BUYER,
                        kes("75001"),
                        InvalidValueException.class,
                        "is above what is still owed (KES 75000.00)"));
    }

    private static Arguments row(
            String name,
            Supplier<Contract> contract,
            Supplier<List<EscrowPayment>> payments,
            PhoneNumber payer,
            Money amount,
            Class<? extends RuntimeException> refused,
            String words) {
        return Arguments.of(name, contract, payments, payer, amount, refused, words);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void givenACheckout_thenItIsAllowedOrRefusedWithItsReason(
            String name,
            Supplier<Contract> contract,
            Supplier<List<EscrowPayment>> payments,
            PhoneNumber payer,
            Money amount,
            Class<? extends RuntimeException> refused,
            String words) {
        ContractEscrow escrow = ContractEscrow.of(contract.get(), payments.get());
        if (refused == null) {
            assertThatCode(() -> CheckoutPolicy.requireAllowed(escrow, payer, amount, SMALLEST, LARGEST))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> CheckoutPolicy.requireAllowed(escrow, payer, amount, SMALLEST, LARGEST))
                    .isInstanceOf(refused)
                    .hasMessageContaining(words);
        }
    }

    private static Money kes(String amount) {
        return Money.of(amount, CurrencyCode.KES);
    }
}
