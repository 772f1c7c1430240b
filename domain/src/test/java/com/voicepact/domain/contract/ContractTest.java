package com.voicepact.domain.contract;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static com.voicepact.domain.testdata.ContractBuilder.STRANGER;
import static com.voicepact.domain.testdata.ContractBuilder.T0;
import static com.voicepact.domain.testdata.ContractBuilder.WINDOW;
import static com.voicepact.domain.testdata.ContractBuilder.WITNESS;
import static com.voicepact.domain.testdata.ContractBuilder.aContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.testdata.ContractBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ContractTest {

    private static final Instant LATER = T0.plusSeconds(3600);

    @Nested
    class Creation {
        @Test
        void givenValidParties_whenCreated_thenPendingWithWindowAndFingerprint() {
            Contract contract = aContract().pending();
            assertThat(contract.status()).isEqualTo(ContractStatus.PENDING);
            assertThat(contract.timeline().expiresAt()).isEqualTo(T0.plus(WINDOW));
            assertThat(contract.agreement().fingerprint()).hasSize(64);
            assertThat(contract.version()).isZero();
        }

        @Test
        void givenFewerThanTwoParties_whenCreated_thenRejected() {
            assertThatThrownBy(() -> Contract.create(
                            ContractId.of(2026, 1),
                            ContractType.OTHER,
                            List.of(Party.of(BUYER, PartyRole.BUYER, "A")),
                            ContractBuilder.maizeTerms(),
                            "",
                            T0,
                            WINDOW))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("at least two parties");
        }

        @Test
        void givenTwoBuyersAndNoSeller_whenCreated_thenRejected() {
            assertThatThrownBy(() -> Contract.create(
                            ContractId.of(2026, 1),
                            ContractType.OTHER,
                            List.of(Party.of(BUYER, PartyRole.BUYER, "A"), Party.of(SELLER, PartyRole.BUYER, "B")),
                            ContractBuilder.maizeTerms(),
                            "",
                            T0,
                            WINDOW))
                    .hasMessageContaining("exactly one buyer and one seller");
        }

        @Test
        void givenSamePhoneTwice_whenCreated_thenRejected() {
            assertThatThrownBy(() -> Contract.create(
                            ContractId.of(2026, 1),
                            ContractType.OTHER,
                            List.of(Party.of(BUYER, PartyRole.BUYER, "A"), Party.of(BUYER, PartyRole.SELLER, "B")),
                            ContractBuilder.maizeTerms(),
                            "",
                            T0,
                            WINDOW))
                    .hasMessageContaining("different phone");
        }

        @Test
        void givenSameTerms_whenFingerprinted_thenStable_andAnyChangeChangesIt() {
            String first = aContract().pending().agreement().fingerprint();
            assertThat(aContract().pending().agreement().fingerprint()).isEqualTo(first);
            assertThat(aContract().withSequence(2).pending().agreement().fingerprint())
                    .isNotEqualTo(first);
            assertThat(aContract().withWitness().pending().agreement().fingerprint())
                    .isNotEqualTo(first);
        }
    }

    @Nested
    class Confirmation {
        @Test
        void givenPendingContract_whenOnePartyConfirms_thenStillPendingAndRecorded() {
            Contract contract = aContract().pending();
            contract.confirmBy(BUYER, Channel.SMS, LATER);
            assertThat(contract.status()).isEqualTo(ContractStatus.PENDING);
            assertThat(contract.agreement().decisionOf(BUYER)).hasValueSatisfying(c -> {
                assertThat(c.channel()).isEqualTo(Channel.SMS);
                assertThat(c.decidedAt()).isEqualTo(LATER);
                assertThat(c.fingerprint()).isEqualTo(contract.agreement().fingerprint());
            });
        }

        @Test
        void givenPendingContract_whenEveryPartyConfirms_thenConfirmed() {
            Contract contract = aContract().withWitness().pending();
            contract.confirmBy(BUYER, Channel.SMS, LATER);
            contract.confirmBy(SELLER, Channel.USSD, LATER);
            assertThat(contract.status()).isEqualTo(ContractStatus.PENDING);
            contract.confirmBy(WITNESS, Channel.API, LATER.plusSeconds(5));
            assertThat(contract.status()).isEqualTo(ContractStatus.CONFIRMED);
            assertThat(contract.timeline().confirmedAt()).contains(LATER.plusSeconds(5));
        }

        @Test
        void givenPendingContract_whenAPartyDeclines_thenCancelled() {
            Contract contract = aContract().pending();
            contract.confirmBy(BUYER, Channel.SMS, LATER);
            contract.declineBy(SELLER, Channel.USSD, LATER);
            assertThat(contract.status()).isEqualTo(ContractStatus.CANCELLED);
            assertThat(contract.timeline().closedAt()).contains(LATER);
        }

        @Test
        void givenStranger_whenConfirming_thenNotEntitled() {
            assertThatThrownBy(() -> aContract().pending().confirmBy(STRANGER, Channel.SMS, LATER))
                    .isInstanceOf(PartyNotEntitledException.class)
                    .hasMessageContaining("not a party");
        }

        @Test
        void givenPartyAlreadyConfirmed_whenConfirmingAgain_thenIllegal() {
            Contract contract = aContract().pending();
            contract.confirmBy(BUYER, Channel.SMS, LATER);
            assertThatThrownBy(() -> contract.confirmBy(BUYER, Channel.SMS, LATER))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("already decided");
        }

        @Test
        void givenConfirmationWindowClosed_whenConfirming_thenIllegal() {
            Contract contract = aContract().pending();
            assertThatThrownBy(() -> contract.confirmBy(BUYER, Channel.SMS, T0.plus(WINDOW)))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("window closed");
        }

        @Test
        void givenConfirmedContract_whenDeclining_thenIllegal() {
            Contract contract = aContract().confirmed();
            assertThatThrownBy(() -> contract.declineBy(BUYER, Channel.SMS, LATER))
                    .isInstanceOf(IllegalTransitionException.class);
        }

        @Test
        void givenConfirmedContract_whenTermsAmended_thenPendingAgainAndEveryoneMustReconfirm() {
            Contract contract = aContract().confirmed();
            String before = contract.agreement().fingerprint();
            contract.amendTerms(
                    ContractTerms.of("Maize", null, null, Money.of("100000", CurrencyCode.KES), null, null, null, null),
                    LATER,
                    WINDOW);
            assertThat(contract.status()).isEqualTo(ContractStatus.PENDING);
            assertThat(contract.agreement().fingerprint()).isNotEqualTo(before);
            assertThat(contract.agreement().confirmations()).isEmpty();
            assertThat(contract.timeline().expiresAt()).isEqualTo(LATER.plus(WINDOW));
        }
    }

    @Nested
    class Expiry {
        @Test
        void givenPendingPastWindow_whenExpired_thenExpired() {
            Contract contract = aContract().pending();
            contract.expire(T0.plus(WINDOW));
            assertThat(contract.status()).isEqualTo(ContractStatus.EXPIRED);
        }

        @Test
        void givenPendingWithinWindow_whenExpired_thenIllegal() {
            assertThatThrownBy(() -> aContract().pending().expire(LATER)).hasMessageContaining("open until");
        }

        @Test
        void givenConfirmedContract_whenExpired_thenIllegal() {
            assertThatThrownBy(() -> aContract().confirmed().expire(T0.plus(Duration.ofDays(9))))
                    .isInstanceOf(IllegalTransitionException.class);
        }
    }

    @Nested
    class FundingAndDelivery {
        @Test
        void givenConfirmed_whenFunded_thenActive() {
            Contract contract = aContract().confirmed();
            contract.markFunded(LATER);
            assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
            assertThat(contract.timeline().activatedAt()).contains(LATER);
        }

        @Test
        void givenPending_whenFunded_thenIllegal() {
            assertThatThrownBy(() -> aContract().pending().markFunded(LATER))
                    .isInstanceOf(IllegalTransitionException.class);
        }

        @Test
        void givenActiveContract_whenSellerDeliversAndBuyerAccepts_thenReadyForReleaseAndCompletes() {
            Contract contract = aContract().active();
            contract.fulfilment().reportDelivery(SELLER, DeliveryReport.full(LATER));
            assertThat(contract.fulfilment().isReadyForRelease()).isFalse();
            contract.fulfilment().acceptDelivery(BUYER, LATER.plusSeconds(10));
            assertThat(contract.fulfilment().isReadyForRelease()).isTrue();
            contract.complete(LATER.plusSeconds(20));
            assertThat(contract.status()).isEqualTo(ContractStatus.COMPLETED);
        }

        @Test
        void givenPartialDelivery_whenReported_thenQuantityKept() {
            Contract contract = aContract().active();
            contract.fulfilment()
                    .reportDelivery(SELLER, DeliveryReport.partial(Quantity.of(new BigDecimal("20"), "bags"), LATER));
            assertThat(contract.fulfilment().delivery())
                    .hasValueSatisfying(
                            d -> assertThat(d.deliveredQuantity().value()).isEqualByComparingTo("20"));
        }

        @Test
        void givenBuyer_whenReportingDelivery_thenNotEntitled() {
            assertThatThrownBy(
                            () -> aContract().active().fulfilment().reportDelivery(BUYER, DeliveryReport.full(LATER)))
                    .isInstanceOf(PartyNotEntitledException.class)
                    .hasMessageContaining("not the seller");
        }

        @Test
        void givenNoDelivery_whenBuyerAccepts_thenIllegal() {
            assertThatThrownBy(() -> aContract().active().fulfilment().acceptDelivery(BUYER, LATER))
                    .hasMessageContaining("not reported delivery");
        }

        @Test
        void givenSellerOnly_whenAccepting_thenNotEntitled() {
            Contract contract = aContract().active();
            contract.fulfilment().reportDelivery(SELLER, DeliveryReport.full(LATER));
            assertThatThrownBy(() -> contract.fulfilment().acceptDelivery(SELLER, LATER))
                    .isInstanceOf(PartyNotEntitledException.class);
        }

        @Test
        void givenActiveWithoutAcceptedDelivery_whenCompleted_thenIllegal() {
            assertThatThrownBy(() -> aContract().active().complete(LATER))
                    .isInstanceOf(IllegalTransitionException.class);
        }
    }

    @Nested
    class Disputes {
        @Test
        void givenActive_whenBuyerRaisesDispute_thenDisputedAndNotReleasable() {
            Contract contract = aContract().active();
            contract.fulfilment().reportDelivery(SELLER, DeliveryReport.full(LATER));
            contract.fulfilment().raiseDispute(BUYER, "half the bags are wet", LATER);
            assertThat(contract.status()).isEqualTo(ContractStatus.DISPUTED);
            assertThat(contract.fulfilment().isReadyForRelease()).isFalse();
        }

        @Test
        void givenAPartialDeliveryOfAllOrMoreThanAgreed_whenReported_thenRefused() {
            Contract contract = aContract().active();
            java.math.BigDecimal agreed =
                    contract.agreement().terms().quantity().value();
            String unit = contract.agreement().terms().quantity().unit();
            for (java.math.BigDecimal claimed : List.of(agreed, agreed.add(java.math.BigDecimal.ONE))) {
                assertThatThrownBy(() -> contract.fulfilment()
                                .reportDelivery(SELLER, DeliveryReport.partial(Quantity.of(claimed, unit), LATER)))
                        .isInstanceOf(com.voicepact.domain.InvalidValueException.class)
                        .hasMessageContaining("less than");
            }
            assertThat(contract.fulfilment().delivery()).isEmpty();
            contract.fulfilment()
                    .reportDelivery(
                            SELLER,
                            DeliveryReport.partial(
                                    Quantity.of(agreed.subtract(java.math.BigDecimal.ONE), unit), LATER));
            assertThat(contract.fulfilment().delivery()).isPresent();
        }

        @Test
        void givenDeliveryAccepted_whenAPartyDisputes_thenRefusedBecauseThePaymentIsUnderWay() {
            Contract contract = aContract().active();
            contract.fulfilment().reportDelivery(SELLER, DeliveryReport.full(LATER));
            contract.fulfilment().acceptDelivery(BUYER, LATER);
            assertThatThrownBy(() -> contract.fulfilment().raiseDispute(BUYER, "changed my mind", LATER))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("accepted the delivery");
            assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
        }

        @Test
        void givenWitness_whenRaisingDispute_thenNotEntitled() {
            assertThatThrownBy(() ->
                            aContract().withWitness().active().fulfilment().raiseDispute(WITNESS, "x", LATER))
                    .isInstanceOf(PartyNotEntitledException.class);
        }

        @Test
        void givenPending_whenRaisingDispute_thenIllegal() {
            assertThatThrownBy(() -> aContract().pending().fulfilment().raiseDispute(BUYER, "x", LATER))
                    .isInstanceOf(IllegalTransitionException.class);
        }

        @Test
        void givenEscrowWindowPassed_whenEscalated_thenSystemDispute() {
            Contract contract = aContract().active();
            Instant funded = contract.timeline().activatedAt().orElseThrow();
            assertThatThrownBy(() ->
                            contract.fulfilment().escalateOverdue(funded.plus(Duration.ofDays(6)), Duration.ofDays(7)))
                    .hasMessageContaining("open until");
            contract.fulfilment().escalateOverdue(funded.plus(Duration.ofDays(7)), Duration.ofDays(7));
            assertThat(contract.status()).isEqualTo(ContractStatus.DISPUTED);
            assertThat(contract.fulfilment().dispute())
                    .hasValueSatisfying(d -> assertThat(d.raisedBy()).isNull());
        }

        @Test
        void givenDispute_whenResolvedForSeller_thenCompletesAfterPayout() {
            Contract contract = aContract().active();
            contract.fulfilment().raiseDispute(SELLER, "buyer unreachable", LATER);
            contract.fulfilment().resolveDispute(DisputeResolution.RELEASE_TO_SELLER, null, LATER);
            assertThat(contract.status()).isEqualTo(ContractStatus.DISPUTED);
            contract.complete(LATER.plusSeconds(1));
            assertThat(contract.status()).isEqualTo(ContractStatus.COMPLETED);
        }

        @Test
        void givenDispute_whenResolvedByRefund_thenCancelledAndCannotComplete() {
            Contract contract = aContract().active();
            contract.fulfilment().raiseDispute(BUYER, "never delivered", LATER);
            contract.fulfilment().resolveDispute(DisputeResolution.REFUND_BUYER, null, LATER);
            assertThat(contract.status()).isEqualTo(ContractStatus.CANCELLED);
            assertThatThrownBy(() -> contract.complete(LATER)).isInstanceOf(IllegalTransitionException.class);
        }

        @Test
        void givenDispute_whenSplitWithoutValidShare_thenRejected_andResolvedTwiceIllegal() {
            Contract contract = aContract().active();
            contract.fulfilment().raiseDispute(BUYER, "short", LATER);
            assertThatThrownBy(
                            () -> contract.fulfilment().resolveDispute(DisputeResolution.SPLIT, BigDecimal.ONE, LATER))
                    .hasMessageContaining("strictly between");
            contract.fulfilment().resolveDispute(DisputeResolution.SPLIT, new BigDecimal("0.6"), LATER);
            assertThatThrownBy(() ->
                            contract.fulfilment().resolveDispute(DisputeResolution.SPLIT, new BigDecimal("0.5"), LATER))
                    .hasMessageContaining("already resolved");
        }
    }

    @Nested
    class CancellationByAgreement {
        @Test
        void givenActive_whenBothPartiesAsk_thenCancelled() {
            Contract contract = aContract().active();
            contract.cancellation().requestCancellationBy(BUYER, LATER);
            assertThat(contract.status()).isEqualTo(ContractStatus.ACTIVE);
            contract.cancellation().requestCancellationBy(SELLER, LATER);
            assertThat(contract.status()).isEqualTo(ContractStatus.CANCELLED);
        }

        @Test
        void givenOnePartyAsksTwice_whenRequested_thenIllegal() {
            Contract contract = aContract().confirmed();
            contract.cancellation().requestCancellationBy(BUYER, LATER);
            assertThatThrownBy(() -> contract.cancellation().requestCancellationBy(BUYER, LATER))
                    .hasMessageContaining("already asked");
        }

        @Test
        void givenCompleted_whenCancelRequested_thenIllegal() {
            Contract contract = aContract().active();
            contract.fulfilment().reportDelivery(SELLER, DeliveryReport.full(LATER));
            contract.fulfilment().acceptDelivery(BUYER, LATER);
            contract.complete(LATER);
            assertThatThrownBy(() -> contract.cancellation().requestCancellationBy(BUYER, LATER))
                    .isInstanceOf(IllegalTransitionException.class);
        }
    }

    @Test
    void givenAnyContract_whenSnapshottedAndReconstituted_thenEqualState() {
        Contract contract = aContract().active();
        contract.fulfilment().reportDelivery(SELLER, DeliveryReport.full(LATER));
        Contract copy = Contract.reconstitute(contract.snapshot());
        assertThat(copy.snapshot()).isEqualTo(contract.snapshot());
        assertThat(copy.agreement().fingerprint())
                .isEqualTo(contract.agreement().fingerprint());
    }
}
