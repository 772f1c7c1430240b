package com.voicepact.domain.payment;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static com.voicepact.domain.testdata.ContractBuilder.T0;
import static com.voicepact.domain.testdata.ContractBuilder.aContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.DeliveryReport;
import com.voicepact.domain.contract.DisputeResolution;
import com.voicepact.domain.contract.Quantity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A dispute resolution never creates a leg the provider cannot pay: shares in the unit the provider moves (M-Pesa: whole
 * shillings, the seller's share rounded down, the payer the rest), and a leg below the smallest payout refused before
 * anything changes (M-Pesa B2C: KES 10; a refund with the collection's receipt is reversed, from KES 1).
 */
class PayableResolutionTest {

    private static final Instant LATER = T0.plusSeconds(3600);
    private static final PayoutLimits MPESA = new PayoutLimits(kes("10"), kes("250000"), kes("1"));

    private static Money kes(String amount) {
        return Money.of(amount, CurrencyCode.KES);
    }

    private static Contract resolved(String total, DisputeResolution how, String share) {
        Contract contract = aContract()
                .withTerms(ContractTerms.of(
                        "Maize", Quantity.of(BigDecimal.ONE, "bags"), kes(total), null, null, null, null, null))
                .active();
        contract.fulfilment().reportDelivery(SELLER, DeliveryReport.full(LATER));
        contract.fulfilment().raiseDispute(BUYER, "wet", LATER);
        contract.fulfilment().resolveDispute(how, share == null ? null : new BigDecimal(share), LATER);
        return contract;
    }

    private static EscrowPayment locked(Contract contract, String amount, boolean withReceipt) {
        EscrowPayment payment = EscrowPayment.create(
                TransactionId.of(contract.id(), 1),
                BUYER,
                SELLER,
                kes(amount),
                "A7F5C3D8E9B2",
                java.util.Map.of(),
                0,
                null,
                T0);
        payment.checkoutAccepted("ws_CO_1");
        if (withReceipt) {
            payment.lock(kes(amount), "SGR7XYZ123", T0.plusSeconds(30));
        } else {
            payment.lock(kes(amount), null, T0.plusSeconds(30));
        }
        return payment;
    }

    @ParameterizedTest(name = "KES {0} at {1}: seller {2}, payer {3}")
    @CsvSource({
        "605,   0.5,     302,    303",
        "1001,  0.5,     500,    501",
        "1000,  0.995,   995,    5",
        "1001,  0.01,    10,     991",
        "3,     0.5,     1,      2",
        "250001, 0.999999, 250000, 1",
    })
    void splitSharesAreWholeShillings_theSellersRoundedDown_thePayerGetsTheRest(
            String total, String share, String seller, String payer) {
        Contract contract = resolved(total, DisputeResolution.SPLIT, share);
        Money entitlement = SettlementPlan.sellerEntitlement(contract, MPESA);
        List<SettlementPlan.Share> shares =
                SettlementPlan.allocate(entitlement, List.of(locked(contract, total, true)));

        assertThat(entitlement).isEqualTo(kes(seller));
        assertThat(shares).singleElement().satisfies(s -> {
            assertThat(s.toSeller()).isEqualTo(kes(seller));
            assertThat(s.toPayer()).isEqualTo(kes(payer));
        });
    }

    @ParameterizedTest(name = "KES {0} at {1}, receipt {2}: payable {3}")
    @CsvSource({
        "605,   0.5,     true,  true",
        "1001,  0.005,   true,  false", // seller KES 5: below B2C's KES 10
        "1001,  0.009,   true,  false", // seller KES 9
        "1001,  0.01,    true,  true", // seller KES 10
        "1000,  0.995,   true,  true", // payer KES 5, reversed from the receipt (from KES 1)
        "1000,  0.995,   false, false", // payer KES 5 and no receipt: only B2C, from KES 10
        "1000,  0.99,    false, true", // payer KES 10 by B2C
    })
    void aLegBelowTheSmallestPayoutIsRefused_unlessARefundCanBeReversed(
            String total, String share, boolean receipt, boolean payable) {
        Contract contract = resolved(total, DisputeResolution.SPLIT, share);
        List<EscrowPayment> payments = List.of(locked(contract, total, receipt));

        if (payable) {
            assertThatCode(() -> DisputePolicy.requirePossible(contract, payments, MPESA))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> DisputePolicy.requirePossible(contract, payments, MPESA))
                    .isInstanceOf(DisputeRefusedException.class)
                    .hasMessageContaining("below the smallest payout of KES 10.00")
                    .hasMessageContaining(
                            "resolve as refund (seller gets nothing) or release (seller gets all), or a split with"
                                    + " seller_share from "
                                    + (total.equals("1000") ? "0.01 to 0.99" : "0.009991 to 0.990009")
                                    + " (each side at least KES 10.00)");
        }
    }

    @ParameterizedTest(name = "KES {0} at {1}")
    @CsvSource({"1001, 0.005", "605, 0.5"})
    void withoutLimitsNothingChanges(String total, String share) {
        Contract contract = resolved(total, DisputeResolution.SPLIT, share);
        assertThatCode(() -> DisputePolicy.requirePossible(
                        contract, List.of(locked(contract, total, false)), PayoutLimits.none()))
                .doesNotThrowAnyException();
        assertThat(SettlementPlan.sellerEntitlement(contract, PayoutLimits.none()))
                .isEqualTo(SettlementPlan.sellerEntitlement(contract));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"1001, 0.005, the seller's share would be KES 5.00, below the smallest payout of KES 10.00"})
    void theRefusalNamesTheLeg(String total, String share, String why) {
        Contract contract = resolved(total, DisputeResolution.SPLIT, share);
        assertThatThrownBy(() -> DisputePolicy.requirePossible(contract, List.of(locked(contract, total, true)), MPESA))
                .hasMessageStartingWith("resolution split of " + contract.id() + " is not possible: " + why);
    }

    @ParameterizedTest(name = "KES {0} at {1}, legs {2}: may resolve again {3}")
    @CsvSource({
        "1001, 0.005, failed,    true", // the KES 5 leg nobody can pay, and nothing moved
        "1001, 0.005, in-flight, false", // money on its way: the resolution stands
        "1001, 0.5,   failed,    false", // a resolution that pays stays final, even after failed legs
    })
    void onlyAnUnpayableResolutionThatMovedNoMoneyMayBeMadeAgain(
            String total, String share, String legs, boolean again) {
        Contract contract = resolved(total, DisputeResolution.SPLIT, share);
        EscrowPayment payment = locked(contract, total, true);
        List<Payout> started = payment.startSettlement(
                SettlementPlan.sellerEntitlement(contract, MPESA), "split", PayoutLimits.none(), LATER);
        if (legs.equals("failed")) {
            started.forEach(leg -> payment.escrow().payoutFailed(leg.id(), "refused"));
        }

        assertThat(DisputePolicy.mayResolveAgain(contract, List.of(payment), MPESA))
                .isEqualTo(again);
        if (again) {
            contract.fulfilment().resolveDisputeAgain(DisputeResolution.SPLIT, new BigDecimal("0.01"), LATER);
            assertThat(contract.fulfilment().dispute().orElseThrow().sellerShare())
                    .isEqualByComparingTo("0.01");
            assertThatCode(() -> DisputePolicy.requirePossible(contract, List.of(payment), MPESA))
                    .doesNotThrowAnyException();
        }
    }

    @ParameterizedTest(name = "KES {0} -> {1}")
    @CsvSource({"302.50, 302", "302, 302", "0.99, 0", "10.00, 10"})
    void roundDownToWholeShillings(String amount, String rounded) {
        assertThat(MPESA.roundDown(kes(amount))).isEqualTo(kes(rounded));
        assertThat(PayoutLimits.none().roundDown(kes(amount))).isEqualTo(kes(amount));
    }
}
