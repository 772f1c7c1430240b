package com.voicepact.application.escrow.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.escrow.port.in.CheckoutCommand;
import com.voicepact.application.escrow.port.in.CheckoutInProgressException;
import com.voicepact.application.escrow.port.in.CheckoutRefusedException;
import com.voicepact.application.escrow.port.in.CheckoutResult;
import com.voicepact.application.escrow.port.in.DeliveryCommand;
import com.voicepact.application.escrow.port.in.DisputeCommand;
import com.voicepact.application.escrow.port.in.IdempotencyKeyReusedException;
import com.voicepact.application.escrow.port.in.PaymentProviderUnavailableException;
import com.voicepact.application.escrow.port.in.ReconcilePaymentsCommand;
import com.voicepact.application.escrow.port.in.RefundEscrowCommand;
import com.voicepact.application.escrow.port.in.ReleaseEscrowCommand;
import com.voicepact.application.escrow.port.in.ReleaseNotAllowedException;
import com.voicepact.application.escrow.port.in.ResolveDisputeCommand;
import com.voicepact.application.escrow.port.in.SettleMovementCommand;
import com.voicepact.application.escrow.port.in.SettlementResult;
import com.voicepact.application.escrow.port.in.SettlementResult.Outcome;
import com.voicepact.application.escrow.port.in.TrySandboxCheckoutCommand;
import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.application.escrow.port.shared.MoneyMovement;
import com.voicepact.application.fakes.Callbacks;
import com.voicepact.application.fakes.CreateContractCommands;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.operations.service.DispatchOutboxService;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.DisputeResolution;
import com.voicepact.domain.contract.IllegalTransitionException;
import com.voicepact.domain.contract.PartyNotEntitledException;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.payment.PaymentStatus;
import com.voicepact.domain.payment.PaymentTransitionException;
import com.voicepact.domain.payment.Payout;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EscrowRulesTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final EscrowScenario scenario = new EscrowScenario(app);
    private final Actor operator = Actor.operator("ops");

    private CheckoutCommand checkoutBy(ContractId contract, PhoneNumber payer, String amount, String key) {
        return new CheckoutCommand(
                contract, payer, Money.of(amount, CurrencyCode.KES), "escrow", Map.of(), key, operator);
    }

    @Nested
    class Checkout {
        @Test
        void givenPendingContract_whenCheckedOut_thenRefusedAndNothingRecorded() {
            ContractId pending =
                    app.create.create(CreateContractCommands.maizeDeal()).id();
            assertThatThrownBy(() -> app.checkout.checkout(checkoutBy(pending, BUYER, "100", null)))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThat(app.payments.findByContract(pending)).isEmpty();
            assertThat(app.gateway.checkouts()).isEmpty();
        }

        @Test
        void givenSellerAsPayer_whenCheckedOut_thenNotEntitled() {
            ContractId contract = scenario.confirmedContract();
            assertThatThrownBy(() -> app.checkout.checkout(checkoutBy(contract, SELLER, "100", null)))
                    .isInstanceOf(PartyNotEntitledException.class);
        }

        @Test
        void givenAmountsOutsideLimitsOrAboveOwed_whenCheckedOut_thenRefusedWithReason() {
            ContractId contract = scenario.confirmedContract();
            assertThatThrownBy(() -> app.checkout.checkout(checkoutBy(contract, BUYER, "0.50", null)))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("limits");
            assertThatThrownBy(() -> app.checkout.checkout(checkoutBy(contract, BUYER, "175000.01", null)))
                    .hasMessageContaining("still owed");
            scenario.checkout(contract, "175000");
            assertThatThrownBy(() -> app.checkout.checkout(checkoutBy(contract, BUYER, "1", null)))
                    .as("a pending checkout reserves its amount")
                    .hasMessageContaining("still owed (KES 0.00)");
        }

        @Test
        void givenOtherCurrency_whenCheckedOut_thenRefused() {
            ContractId contract = scenario.confirmedContract();
            assertThatThrownBy(() -> app.checkout.checkout(new CheckoutCommand(
                            contract, BUYER, Money.of("100", CurrencyCode.UGX), "escrow", Map.of(), null, operator)))
                    .hasMessageContaining("currency");
        }

        @Test
        void givenInsufficientFunds_whenCheckedOut_thenRefusedAndPaymentFailed() {
            ContractId contract = scenario.confirmedContract();
            assertThatThrownBy(() -> scenario.checkout(contract, "20"))
                    .isInstanceOfSatisfying(
                            CheckoutRefusedException.class,
                            e -> assertThat(e.reason()).isEqualTo(FailureReason.INSUFFICIENT_FUNDS));
            assertThat(app.payments.findByContract(contract))
                    .extracting(EscrowPayment::status)
                    .containsExactly(PaymentStatus.FAILED);
        }

        @Test
        void givenProviderDown_whenCheckedOut_thenUnavailableAndFailed_andTimeoutLeavesItPending() {
            ContractId contract = scenario.confirmedContract();
            app.gateway.setUnavailable(true);
            assertThatThrownBy(() -> scenario.checkout(contract, "100"))
                    .isInstanceOf(PaymentProviderUnavailableException.class);
            app.gateway.setUnavailable(false);
            app.gateway.timeOutNextCall();
            assertThat(scenario.checkout(contract, "100").payment().status()).isEqualTo(PaymentStatus.PENDING);
        }

        @Test
        void givenSameIdempotencyKey_whenCheckedOutTwice_thenOneStkPushAndTheFirstAnswer() {
            ContractId contract = scenario.confirmedContract();
            var first = app.checkout.checkout(checkoutBy(contract, BUYER, "500", "key-1"));
            var second = app.checkout.checkout(checkoutBy(contract, BUYER, "500", "key-1"));
            assertThat(second.payment().id()).isEqualTo(first.payment().id());
            assertThat(second.replayed()).isTrue();
            assertThat(second.description()).as("the first answer's words").isEqualTo(first.description());
            assertThat(app.gateway.checkouts()).hasSize(1);
        }

        @Test
        void givenAKeyWhoseFirstCheckoutTheProviderRefused_whenRepeated_thenTheSameRefusalAndNoSecondPush() {
            ContractId contract = scenario.confirmedContract();
            assertThatThrownBy(() -> app.checkout.checkout(checkoutBy(contract, BUYER, "20", "key-2")))
                    .isInstanceOf(CheckoutRefusedException.class);
            assertThatThrownBy(() -> app.checkout.checkout(checkoutBy(contract, BUYER, "20", "key-2")))
                    .isInstanceOfSatisfying(CheckoutRefusedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(FailureReason.INSUFFICIENT_FUNDS);
                        assertThat(e.getMessage()).isEqualTo("Insufficient funds");
                    });
            assertThat(app.gateway.checkouts()).hasSize(1);
        }

        @Test
        void givenAKeyUsedForAnotherCheckout_whenSentWithADifferentAmount_thenRefusedAndNothingSent() {
            ContractId contract = scenario.confirmedContract();
            app.checkout.checkout(checkoutBy(contract, BUYER, "500", "key-3"));
            assertThatThrownBy(() -> app.checkout.checkout(checkoutBy(contract, BUYER, "600", "key-3")))
                    .isInstanceOf(IdempotencyKeyReusedException.class)
                    .hasMessageContaining("different checkout");
            assertThat(app.gateway.checkouts()).hasSize(1);
        }

        @Test
        void givenAKeyWhoseFirstRequestHasNoAnswerYet_whenRepeated_thenInProgress_andAfterACrashTheCheckoutStands() {
            ContractId contract = scenario.confirmedContract();
            EscrowPayment sent = scenario.checkout(contract, "500").payment();
            app.idempotencyKeys.remember(
                    "key-4", sent.id(), null, app.clock.now()); // its request is waiting for the provider
            assertThatThrownBy(() -> app.checkout.checkout(checkoutBy(contract, BUYER, "500", "key-4")))
                    .isInstanceOf(CheckoutInProgressException.class)
                    .hasMessageContaining("in progress");

            app.clock.advance(Duration.ofMinutes(3)); // the request died with its process before the provider answered
            CheckoutResult later = app.checkout.checkout(checkoutBy(contract, BUYER, "500", "key-4"));
            assertThat(later.payment().id()).isEqualTo(sent.id());
            assertThat(later.description()).contains("no answer from the provider yet");
            assertThat(app.gateway.checkouts()).hasSize(1);
        }
    }

    @Nested
    class Notifications {
        @Test
        void givenSuccessTwice_whenHandled_thenOneLockOnePostingOneSms() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            SettlementResult again = app.notifications.settle(EscrowScenario.success(
                    payment.lifecycle().providerTransactionId().orElseThrow(), payment.amount()));
            assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
            assertThat(app.ledger.forContract(payment.contractId())).hasSize(1);
            assertThat(app.outbox.pending())
                    .filteredOn(m -> m.key().startsWith("sms:funded"))
                    .hasSize(2); // buyer and seller, once
        }

        @Test
        void givenUnknownTransaction_whenHandled_thenFlaggedAndAudited() {
            SettlementResult result =
                    app.notifications.settle(EscrowScenario.success("ATPid_nobody", Money.of("10", CurrencyCode.KES)));
            assertThat(result.outcome()).isEqualTo(Outcome.UNKNOWN_TRANSACTION);
            assertThat(app.providerEvents.flagged()).hasSize(1);
            assertThat(app.auditLog.latest().orElseThrow().record().action()).isEqualTo("PAYMENT_EVENT_FLAGGED");
        }

        @Test
        void givenWrongAmount_whenHandled_thenMismatchFlaggedAndStillPending() {
            ContractId contract = scenario.confirmedContract();
            EscrowPayment payment = scenario.checkout(contract, "1000").payment();
            SettlementResult result = app.notifications.settle(EscrowScenario.success(
                    payment.lifecycle().providerTransactionId().orElseThrow(), Money.of("999", CurrencyCode.KES)));
            assertThat(result.outcome()).isEqualTo(Outcome.MISMATCH);
            assertThat(app.payments.findById(payment.id()).orElseThrow().status())
                    .isEqualTo(PaymentStatus.PENDING);
            assertThat(app.ledger.all()).isEmpty();
        }

        @Test
        void givenAnAmountNoPaymentCanHave_whenHandled_thenMismatchFlaggedQuotedShort_andTheResendADuplicate() {
            ContractId contract = scenario.confirmedContract();
            EscrowPayment payment = scenario.checkout(contract, "1000").payment();
            SettleMovementCommand absurd = Callbacks.success(
                    payment.lifecycle().providerTransactionId().orElseThrow(),
                    MoneyMovement.COLLECTION,
                    CurrencyCode.KES,
                    new java.math.BigDecimal("1e999999999"),
                    null,
                    null);
            SettlementResult result = app.notifications.settle(absurd);
            assertThat(result.outcome()).isEqualTo(Outcome.MISMATCH);
            assertThat(app.providerEvents.flagged()).singleElement().satisfies(e -> {
                assertThat(e.value()).isEqualTo("KES 1E+999999999");
                assertThat(e.detail())
                        .contains("the reported amount must be between 0.01 and 9,999,999,999,999,999.99 KES");
            });
            assertThat(app.notifications.settle(absurd).outcome()).isEqualTo(Outcome.DUPLICATE);
            assertThat(app.payments.findById(payment.id()).orElseThrow().status())
                    .isEqualTo(PaymentStatus.PENDING);
            assertThat(app.ledger.all()).isEmpty();
        }

        @Test
        void givenFailedAfterSuccess_whenHandled_thenRefusedAndMoneyStaysLocked() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            SettlementResult result = app.notifications.settle(EscrowScenario.failure(
                    payment.lifecycle().providerTransactionId().orElseThrow(), "Insufficient funds"));
            assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(app.payments.findById(payment.id()).orElseThrow().status())
                    .isEqualTo(PaymentStatus.LOCKED);
        }

        @Test
        void givenSuccessArrivingBeforeTheProviderIdWasRecorded_whenHandled_thenFoundByOurEchoedIdAndLocked() {
            ContractId contract = scenario.confirmedContract();
            app.gateway.timeOutNextCall();
            EscrowPayment payment = scenario.checkout(contract, "1000").payment();
            assertThat(payment.lifecycle().providerTransactionId()).isEmpty();
            SettlementResult result = app.notifications.settle(Callbacks.success(
                    "ATPid_late",
                    MoneyMovement.COLLECTION,
                    CurrencyCode.KES,
                    new BigDecimal("1000.0000"),
                    null,
                    payment.id().value()));
            assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
            EscrowPayment locked = app.payments.findById(payment.id()).orElseThrow();
            assertThat(locked.status()).isEqualTo(PaymentStatus.LOCKED);
            assertThat(locked.lifecycle().providerTransactionId()).contains("ATPid_late");
        }

        @Test
        void givenPayoutFailureNotification_whenHandled_thenMoneyLockedAgainAndEarmarkReversed() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            app.delivery.reportDelivery(
                    new DeliveryCommand(payment.contractId(), SELLER, null, Channel.USSD, Actor.party(SELLER)));
            app.delivery.acceptDelivery(
                    new DeliveryCommand(payment.contractId(), BUYER, null, Channel.SMS, Actor.party(BUYER)));
            app.dispatcher.dispatchDue();
            String providerId = app.payments
                    .findById(payment.id())
                    .orElseThrow()
                    .payouts()
                    .get(0)
                    .providerId();
            app.notifications.settle(
                    Callbacks.failure(providerId, MoneyMovement.PAYOUT, null, null, "InvalidPhoneNumber", null));
            EscrowPayment back = app.payments.findById(payment.id()).orElseThrow();
            assertThat(back.status()).isEqualTo(PaymentStatus.LOCKED);
            assertThat(back.lifecycle().failureReason())
                    .hasValueSatisfying(r -> assertThat(r).contains("InvalidPhoneNumber"));
            assertThat(com.voicepact.domain.ledger.Balances.creditBalance(
                            app.ledger.forContract(payment.contractId()),
                            com.voicepact.domain.ledger.Account.escrow(payment.contractId())))
                    .isEqualByComparingTo("175000");
        }

        @Test
        void givenPayoutConfirmedBeforeItsProviderIdWasRecorded_whenHandled_thenFoundByTheEchoedPayoutId() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            app.delivery.reportDelivery(
                    new DeliveryCommand(payment.contractId(), SELLER, null, Channel.USSD, Actor.party(SELLER)));
            app.delivery.acceptDelivery(
                    new DeliveryCommand(payment.contractId(), BUYER, null, Channel.SMS, Actor.party(BUYER)));
            String payoutId = app.payments
                    .findById(payment.id())
                    .orElseThrow()
                    .payouts()
                    .get(0)
                    .id();
            SettlementResult result = app.notifications.settle(Callbacks.success(
                    "ATPid_B2C_early",
                    MoneyMovement.PAYOUT,
                    CurrencyCode.KES,
                    new BigDecimal("175000"),
                    null,
                    payoutId));
            assertThat(result.outcome()).isEqualTo(Outcome.APPLIED);
            assertThat(app.payments.findById(payment.id()).orElseThrow().status())
                    .isEqualTo(PaymentStatus.RELEASED);
        }

        @Test
        void givenNotSandbox_whenTestCheckoutAsked_thenRefused() {
            assertThatThrownBy(() -> new TrySandboxCheckoutService(app.gateway, false)
                            .testCheckout(new TrySandboxCheckoutCommand(BUYER, Money.of("10", CurrencyCode.KES))))
                    .isInstanceOf(com.voicepact.application.escrow.port.in.SandboxOnlyException.class);
            assertThat(app.gateway.checkouts()).isEmpty();
        }

        @Test
        void givenFailure_whenHandled_thenFailedWithTheDescription() {
            ContractId contract = scenario.confirmedContract();
            EscrowPayment payment = scenario.checkout(contract, "1000").payment();
            app.notifications.settle(EscrowScenario.failure(
                    payment.lifecycle().providerTransactionId().orElseThrow(), "Insufficient funds"));
            assertThat(app.payments
                            .findById(payment.id())
                            .orElseThrow()
                            .lifecycle()
                            .failureReason())
                    .contains("Insufficient funds");
        }
    }

    @Nested
    class ReleaseAndRefund {
        @Test
        void givenNoDelivery_whenReleased_thenRefusedListingWhatIsMissing() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            assertThatThrownBy(() ->
                            app.release.release(new ReleaseEscrowCommand(payment.contractId(), payment.id(), operator)))
                    .isInstanceOfSatisfying(
                            ReleaseNotAllowedException.class,
                            e -> assertThat(e.missing())
                                    .contains("the seller's delivery report", "the buyer's acceptance"));
            assertThat(app.payments.findById(payment.id()).orElseThrow().status())
                    .isEqualTo(PaymentStatus.LOCKED);
        }

        @Test
        void givenAPartyOrAJob_whenRefunding_thenNotPermittedAndNothingMoves() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            for (Actor notAnOperator : List.of(Actor.party(BUYER), Actor.system("a-job"))) {
                assertThatThrownBy(() -> app.release.refund(
                                new RefundEscrowCommand(payment.id(), "changed my mind", notAnOperator)))
                        .isInstanceOf(com.voicepact.domain.NotPermittedException.class)
                        .hasMessageContaining("only an operator can refund");
            }
            assertThat(app.payments.findById(payment.id()).orElseThrow().status())
                    .isEqualTo(PaymentStatus.LOCKED);
        }

        @Test
        void givenActiveContract_whenRefunded_thenRefused() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            assertThatThrownBy(() ->
                            app.release.refund(new RefundEscrowCommand(payment.id(), "changed my mind", operator)))
                    .isInstanceOf(IllegalTransitionException.class);
        }

        @Test
        void givenDisputeResolvedForBuyer_whenResolved_thenRefundStartedAndContractCancelled() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            app.disputes.raiseDispute(new DisputeCommand(payment.contractId(), BUYER, "wet maize", Actor.party(BUYER)));
            app.disputes.resolveDispute(
                    new ResolveDisputeCommand(payment.contractId(), DisputeResolution.REFUND_BUYER, null, operator));
            assertThat(app.queries.get(payment.contractId()).status()).isEqualTo(ContractStatus.CANCELLED);
            EscrowPayment refunding = app.payments.findById(payment.id()).orElseThrow();
            assertThat(refunding.status()).isEqualTo(PaymentStatus.REFUNDING);
            assertThat(refunding.payouts().get(0).recipient()).isEqualTo(BUYER);
            assertThatThrownBy(() -> app.release.refund(new RefundEscrowCommand(payment.id(), "again", operator)))
                    .isInstanceOf(PaymentTransitionException.class);
        }

        @Test
        void givenDisputeSplit_whenResolved_thenTwoPayouts() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            app.disputes.raiseDispute(new DisputeCommand(payment.contractId(), SELLER, "short", Actor.party(SELLER)));
            app.disputes.resolveDispute(new ResolveDisputeCommand(
                    payment.contractId(), DisputeResolution.SPLIT, new BigDecimal("0.8"), operator));
            assertThat(app.payments.findById(payment.id()).orElseThrow().payouts())
                    .extracting(p -> p.amount().amount())
                    .containsExactly(new BigDecimal("140000.00"), new BigDecimal("35000.00"));
        }

        @Test
        void givenOnlyDeliveryReport_whenSellerTriesToAccept_thenNotEntitled() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            app.delivery.reportDelivery(new DeliveryCommand(
                    payment.contractId(), SELLER, new BigDecimal("20"), Channel.USSD, Actor.party(SELLER)));
            assertThatThrownBy(() -> app.delivery.acceptDelivery(
                            new DeliveryCommand(payment.contractId(), SELLER, null, Channel.SMS, Actor.party(SELLER))))
                    .isInstanceOf(PartyNotEntitledException.class);
        }
    }

    @Nested
    class Jobs {
        @Test
        void givenStaleCheckouts_whenSettled_thenProviderSuccessLocks_unknownExpires_pendingWaits() {
            ContractId contract = scenario.confirmedContract();
            EscrowPayment paid = scenario.checkout(contract, "1000").payment();
            EscrowPayment waiting = scenario.checkout(contract, "2000").payment();
            app.gateway.timeOutNextCall();
            EscrowPayment unanswered = scenario.checkout(contract, "3000").payment();
            app.gateway.complete(paid.lifecycle().providerTransactionId().orElseThrow(), "Success");
            app.clock.advance(Duration.ofMinutes(6));
            assertThat(app.staleCheckouts.settleStaleCheckouts()).isEqualTo(2);
            assertThat(app.payments.findById(paid.id()).orElseThrow().status()).isEqualTo(PaymentStatus.LOCKED);
            assertThat(app.payments.findById(waiting.id()).orElseThrow().status())
                    .isEqualTo(PaymentStatus.PENDING);
            assertThat(app.payments.findById(unanswered.id()).orElseThrow().status())
                    .isEqualTo(PaymentStatus.EXPIRED);
        }

        @Test
        void
                givenACheckoutWhoseAnswerAndNotificationWereLost_whenStale_thenTheProviderIsAskedByOurReferenceAndTheMoneyLocked() {
            ContractId contract = scenario.confirmedContract();
            app.gateway.loseNextCheckoutAnswer();
            EscrowPayment unanswered = scenario.checkout(contract, "175000").payment();
            assertThat(unanswered.lifecycle().providerTransactionId())
                    .as("the provider's id never reached us")
                    .isEmpty();
            app.gateway.complete(
                    app.gateway.lastProviderId(), "Success"); // the buyer paid; the notification is lost too
            app.clock.advance(Duration.ofMinutes(6));

            assertThat(app.staleCheckouts.settleStaleCheckouts()).isEqualTo(1);
            EscrowPayment settled = app.payments.findById(unanswered.id()).orElseThrow();
            assertThat(settled.status()).isEqualTo(PaymentStatus.LOCKED);
            assertThat(settled.lifecycle().providerTransactionId()).contains(app.gateway.lastProviderId());
            assertThat(app.queries.get(contract).status())
                    .as("funded by the found money")
                    .isEqualTo(ContractStatus.ACTIVE);
            assertThatThrownBy(() -> scenario.checkout(contract, "175000"))
                    .as("the buyer is not asked to pay again")
                    .isInstanceOf(RuntimeException.class);
            assertThat(app.staleCheckouts.settleStaleCheckouts())
                    .as("replayed: nothing more")
                    .isZero();
        }

        @Test
        void givenACheckoutTheProviderNeverReceived_whenStale_thenExpiredAfterAsking() {
            ContractId contract = scenario.confirmedContract();
            app.gateway.timeOutNextCall(); // refused before it reached the provider's books
            EscrowPayment lost = scenario.checkout(contract, "3000").payment();
            app.clock.advance(Duration.ofMinutes(6));
            assertThat(app.staleCheckouts.settleStaleCheckouts()).isEqualTo(1);
            assertThat(app.payments.findById(lost.id()).orElseThrow().status()).isEqualTo(PaymentStatus.EXPIRED);
        }

        @Test
        void givenActiveContractPastEscrowTimeout_whenEscalated_thenDisputedAndEveryoneTold() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            app.clock.advance(Duration.ofDays(7));
            assertThat(app.overdueEscrows.escalateOverdueEscrows()).isEqualTo(1);
            assertThat(app.queries.get(payment.contractId()).status()).isEqualTo(ContractStatus.DISPUTED);
            assertThat(app.outbox.pending())
                    .filteredOn(m -> m.key().startsWith("sms:dispute"))
                    .hasSize(2);
            assertThat(app.overdueEscrows.escalateOverdueEscrows())
                    .as("replayed: nothing more")
                    .isZero();
        }

        @Test
        void givenFailedCheckout_whenRetryDue_thenRetriedOnceWithACount() {
            ContractId contract = scenario.confirmedContract();
            EscrowPayment payment = scenario.checkout(contract, "1000").payment();
            app.notifications.settle(EscrowScenario.failure(
                    payment.lifecycle().providerTransactionId().orElseThrow(), "Cancelled"));
            app.clock.advance(Duration.ofMinutes(6));
            assertThat(app.checkoutRetries.retryFailedCheckouts()).isEqualTo(1);
            assertThat(app.checkoutRetries.retryFailedCheckouts()).isZero();
            assertThat(app.payments.findByContract(contract))
                    .extracting(p -> p.checkout().retryCount())
                    .containsExactly(0, 1);
        }
    }

    @Nested
    class Dispatcher {
        @Test
        void givenCrashAfterTheProviderGotThePayout_whenRestarted_thenResolvedByQueryAndSentOnce() {
            EscrowPayment payment = releasing();
            app.gateway.crashAfterNextPayout();
            assertThatThrownBy(app.dispatcher::dispatchDue).isInstanceOf(Error.class);
            app.clock.advance(Duration.ofMinutes(2));
            app.dispatcher.dispatchDue();
            app.clock.advance(Duration.ofMinutes(2));
            app.dispatcher.dispatchDue();
            assertThat(app.gateway.payouts()).hasSize(1);
            assertThat(app.payments
                            .findById(payment.id())
                            .orElseThrow()
                            .payouts()
                            .get(0)
                            .providerId())
                    .startsWith("ATPid_B2C_");
        }

        @Test
        void
                givenTheProviderRefusesAPayoutAsARepeatOfOurId_whenDispatched_thenItStaysInFlightAndIsNeverFailedOrSentAgain() {
            EscrowPayment payment = releasing();
            app.gateway.refuseNextPayout(FailureReason.DUPLICATE); // it already has this payout id: it may have paid it
            app.dispatcher.dispatchDue();
            EscrowPayment after = app.payments.findById(payment.id()).orElseThrow();
            assertThat(after.status())
                    .as("the money is not put back to be paid again")
                    .isEqualTo(PaymentStatus.RELEASING);
            assertThat(after.payouts())
                    .singleElement()
                    .satisfies(p -> assertThat(p.isOpen()).isTrue());
            app.clock.advance(Duration.ofMinutes(2));
            app.dispatcher.dispatchDue();
            assertThat(app.gateway.payouts()).as("asked about, not sent again").hasSize(1);
            app.gateway.allTransactions().stream()
                    .filter(t ->
                            t.clientReference().equals(after.payouts().get(0).id()))
                    .forEach(t -> app.gateway.complete(t.providerTransactionId(), "Success"));
            app.clock.advance(Duration.ofMinutes(31));
            app.stalePayouts.settleStalePayouts();
            assertThat(app.payments.findById(payment.id()).orElseThrow().status())
                    .as("settled by asking")
                    .isEqualTo(PaymentStatus.RELEASED);
            assertThat(app.gateway.payouts()).as("paid once").hasSize(1);
        }

        @Test
        void givenProviderDownForPayout_whenDispatched_thenRescheduledAndSentLaterOnce() {
            EscrowPayment payment = releasing();
            app.gateway.setUnavailable(true);
            app.dispatcher.dispatchDue();
            assertThat(app.outbox.pending())
                    .filteredOn(m -> m.kind().name().equals("PAYOUT"))
                    .singleElement()
                    .satisfies(m -> assertThat(m.attempts()).isEqualTo(1));
            app.gateway.setUnavailable(false);
            app.clock.advance(Duration.ofMinutes(1));
            app.dispatcher.dispatchDue();
            app.clock.advance(Duration.ofMinutes(1));
            app.dispatcher.dispatchDue();
            assertThat(app.gateway.payouts()).hasSize(1);
            assertThat(app.payments
                            .findById(payment.id())
                            .orElseThrow()
                            .payouts()
                            .get(0)
                            .state()
                            .name())
                    .isEqualTo("SENT");
        }

        @Test
        void givenAnSmsThatKeepsFailing_whenDispatchedForHours_thenGivenUpOnceAudited_whilePayoutsKeepTrying() {
            releasing();
            app.sms.setDown(true);
            app.gateway.setUnavailable(true);
            int sentBefore = app.sms.sent().size();
            for (int round = 0; round < 3 * DispatchOutboxService.MAX_SMS_ATTEMPTS; round++) {
                app.dispatcher.dispatchDue();
                app.clock.advance(Duration.ofHours(1));
            }
            assertThat(app.outbox.failed()).isNotEmpty().allSatisfy(m -> {
                assertThat(m.kind().name()).isEqualTo("SMS");
                assertThat(m.attempts()).isEqualTo(DispatchOutboxService.MAX_SMS_ATTEMPTS);
                assertThat(m.lastError()).startsWith("given up after 12 attempts: ");
            });
            assertThat(app.outbox.pending()).extracting(m -> m.kind().name()).containsOnly("PAYOUT");
            long givenUp = app.auditLog.allInOrder().stream()
                    .filter(e -> e.record().action().equals("SMS_GIVEN_UP"))
                    .count();
            assertThat(givenUp).isEqualTo(app.outbox.failed().size());

            app.sms.setDown(false);
            app.dispatcher.dispatchDue();
            app.clock.advance(Duration.ofHours(1));
            app.dispatcher.dispatchDue();
            assertThat(app.sms.sent()).as("a given-up SMS is not sent late").hasSize(sentBefore);
        }

        @Test
        void givenSmsGatewayDown_whenDispatched_thenBackoffGrows() {
            scenario.activeContractWithLockedPayment();
            app.sms.setDown(true);
            app.dispatcher.dispatchDue();
            assertThat(app.outbox.pending())
                    .allSatisfy(m -> assertThat(m.nextAttemptAt()).isAfter(app.clock.now()));
            assertThat(DispatchOutboxService.backoff(0)).isEqualTo(Duration.ofSeconds(15));
            assertThat(DispatchOutboxService.backoff(3)).isEqualTo(Duration.ofSeconds(120));
            assertThat(DispatchOutboxService.backoff(30)).isEqualTo(Duration.ofHours(1));
        }

        private EscrowPayment releasing() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            app.delivery.reportDelivery(
                    new DeliveryCommand(payment.contractId(), SELLER, null, Channel.USSD, Actor.party(SELLER)));
            app.delivery.acceptDelivery(
                    new DeliveryCommand(payment.contractId(), BUYER, null, Channel.SMS, Actor.party(BUYER)));
            return payment;
        }
    }

    @Nested
    class Reconciliation {
        @Test
        void givenMoneyOnlyTheProviderHas_andAPaymentOnlyWeHold_whenReconciled_thenBothFlagged() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            app.gateway.addForeignTransaction("ATPid_foreign", Money.of("500", CurrencyCode.KES));
            app.gateway.complete(payment.lifecycle().providerTransactionId().orElseThrow(), "Failed");
            var report = app.reconciliation.reconcile(new ReconcilePaymentsCommand(
                    payment.checkout().createdAt().minusSeconds(60),
                    app.clock.now().plusSeconds(60)));
            assertThat(report.mismatches())
                    .extracting(m -> m.kind())
                    .containsExactlyInAnyOrder("PROVIDER_ONLY", "OURS_ONLY");
            assertThat(app.payments.findById(payment.id()).orElseThrow().status())
                    .as("never auto-fixed")
                    .isEqualTo(PaymentStatus.LOCKED);
            assertThat(app.auditLog.latest().orElseThrow().record().action()).isEqualTo("RECONCILIATION_MISMATCH");

            int entries = app.auditLog.allInOrder().size();
            var again = app.reconciliation.reconcile(new ReconcilePaymentsCommand(
                    payment.checkout().createdAt().minusSeconds(60),
                    app.clock.now().plusSeconds(60)));
            assertThat(again.mismatches()).as("still reported").hasSize(2);
            assertThat(app.auditLog.allInOrder()).as("but not audited twice").hasSize(entries);
        }

        @Test
        void givenAPayoutTheProviderPaidButWeStillShowAsSent_whenReconciled_thenFlaggedUntilSettled() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            app.delivery.reportDelivery(
                    new DeliveryCommand(payment.contractId(), SELLER, null, Channel.USSD, Actor.party(SELLER)));
            app.delivery.acceptDelivery(
                    new DeliveryCommand(payment.contractId(), BUYER, null, Channel.SMS, Actor.party(BUYER)));
            app.dispatcher.dispatchDue();
            Payout payout =
                    app.payments.findById(payment.id()).orElseThrow().payouts().get(0);
            app.gateway.complete(payout.providerId(), "Success"); // paid; its notification is lost

            var report = app.reconciliation.reconcile(new ReconcilePaymentsCommand(
                    payment.checkout().createdAt().minusSeconds(60),
                    app.clock.now().plusSeconds(60)));
            assertThat(report.mismatches()).singleElement().satisfies(m -> {
                assertThat(m.kind()).isEqualTo("PAYOUT_STATUS");
                assertThat(m.detail()).contains(payout.id()).contains("is paid at the provider but SENT here");
            });

            app.clock.advance(Duration.ofMinutes(31));
            app.stalePayouts.settleStalePayouts();
            assertThat(app.reconciliation
                            .reconcile(new ReconcilePaymentsCommand(
                                    payment.checkout().createdAt().minusSeconds(60),
                                    app.clock.now().plusSeconds(60)))
                            .mismatches())
                    .as("settled by the job: clean")
                    .isEmpty();
        }

        @Test
        void givenAProviderThatListsNoMovements_whenReconciled_thenNeverCleanAndTheOperatorIsToldWhatToCheckByHand() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            app.gateway.listNoMovements("M-Pesa Daraja lists no transactions: compare with the M-Pesa statement");
            int entries = app.auditLog.allInOrder().size();

            var report = app.reconciliation.reconcile(new ReconcilePaymentsCommand(
                    payment.checkout().createdAt().minusSeconds(60),
                    app.clock.now().plusSeconds(60)));

            assertThat(report.isClean())
                    .as("not clean: the provider's side was never compared")
                    .isFalse();
            assertThat(report.providerNotChecked())
                    .contains("M-Pesa Daraja lists no transactions: compare with the M-Pesa statement");
            assertThat(report.mismatches())
                    .as("our payment is not flagged as unknown to a provider never asked")
                    .isEmpty();
            assertThat(report.paymentsChecked())
                    .as("our own records still compared")
                    .isEqualTo(1);
            assertThat(app.auditLog.allInOrder()).as("nothing to flag").hasSize(entries);
        }

        @Test
        void givenPayoutSettledByItsNotificationBeforeTheProvidersAnswer_whenReconciled_thenMatchedByItsIdsAndClean() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            app.delivery.reportDelivery(
                    new DeliveryCommand(payment.contractId(), SELLER, null, Channel.USSD, Actor.party(SELLER)));
            app.delivery.acceptDelivery(
                    new DeliveryCommand(payment.contractId(), BUYER, null, Channel.SMS, Actor.party(BUYER)));
            Payout payout =
                    app.payments.findById(payment.id()).orElseThrow().payouts().get(0);
            // The provider's notification (its B2C id, our payout id echoed) is handled before the dispatcher hears the
            // answer.
            app.notifications.settle(Callbacks.success(
                    "ATPid_B2C_early",
                    MoneyMovement.PAYOUT,
                    payout.amount().currency(),
                    payout.amount().amount(),
                    null,
                    payout.id()));
            app.gateway.addForeignTransaction("ATPid_B2C_early", payout.amount());

            Payout settled =
                    app.payments.findById(payment.id()).orElseThrow().payouts().get(0);
            assertThat(settled.providerId()).isEqualTo("ATPid_B2C_early");
            var report = app.reconciliation.reconcile(new ReconcilePaymentsCommand(
                    payment.checkout().createdAt().minusSeconds(60),
                    app.clock.now().plusSeconds(60)));
            assertThat(report.mismatches()).isEmpty();
        }
    }
}
