package com.voicepact.application.escrow.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.escrow.port.in.DisputeCommand;
import com.voicepact.application.escrow.port.in.ListOpenDisputesUseCase.OpenDispute;
import com.voicepact.application.escrow.port.in.ListPaymentsNeedingAttentionUseCase.Item;
import com.voicepact.application.escrow.port.in.ListPaymentsNeedingAttentionUseCase.Kind;
import com.voicepact.application.escrow.port.in.ResolveDisputeCommand;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.shared.port.in.PageRequest;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.DisputeResolution;
import com.voicepact.domain.payment.EscrowPayment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The operator console's escrow lists: the disputes waiting for a decision and the payments needing attention. */
class ConsoleEscrowQueriesTest {

    private static final PageRequest FIRST = new PageRequest(50, 0);
    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final EscrowScenario scenario = new EscrowScenario(app);

    private ContractId disputed(String reason) {
        EscrowPayment payment = scenario.activeContractWithLockedPayment();
        app.clock.advance(Duration.ofMinutes(1));
        app.disputes.raiseDispute(new DisputeCommand(payment.contractId(), BUYER, reason, Actor.party(BUYER)));
        return payment.contractId();
    }

    @Nested
    class OpenDisputes {
        @Test
        void givenTwoDisputes_whenListed_thenTheLongestWaitingFirstWithWhatTheEscrowHoldsAndTheParties() {
            ContractId first = disputed("bags were wet");
            ContractId second = disputed("only 30 bags came");

            var page = app.openDisputes.openDisputes(FIRST);

            assertThat(page.total()).isEqualTo(2);
            assertThat(page.disputes()).extracting(OpenDispute::contractId).containsExactly(first, second);
            OpenDispute d = page.disputes().get(0);
            assertThat(d.raisedBy()).isEqualTo(BUYER);
            assertThat(d.reason()).isEqualTo("bags were wet");
            assertThat(d.held()).isEqualTo(Money.of("175000", CurrencyCode.KES));
            assertThat(d.buyer()).isEqualTo(BUYER);
            assertThat(d.seller()).isEqualTo(SELLER);
            assertThat(app.openDisputes.openDisputes(new PageRequest(1, 1)).disputes())
                    .extracting(OpenDispute::contractId)
                    .containsExactly(second);
        }

        @Test
        void givenADisputeResolved_whenListed_thenItNoLongerWaits() {
            ContractId resolved = disputed("bags were wet");
            ContractId open = disputed("late");
            app.disputes.resolveDispute(new ResolveDisputeCommand(
                    resolved, DisputeResolution.SPLIT, new java.math.BigDecimal("0.5"), Actor.operator("op")));

            var page = app.openDisputes.openDisputes(FIRST);

            assertThat(page.disputes()).extracting(OpenDispute::contractId).containsExactly(open);
            assertThat(page.total()).isEqualTo(1);
        }

        @Test
        void givenBadPaging_whenAsked_thenRefusedInTheOperatorsWords() {
            assertThatThrownBy(() -> new PageRequest(0, 0))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("limit must be between 1 and 100");
            assertThatThrownBy(() -> new PageRequest(10, -1))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("offset must not be negative");
        }
    }

    @Nested
    class PaymentsNeedingAttention {
        private List<Item> items() {
            return app.attention.attention(FIRST).items();
        }

        @Test
        void givenACheckoutPending_whenItsWindowPasses_thenPendingPastWindowAndNotBefore() {
            ContractId contract = scenario.confirmedContract();
            EscrowPayment pending = scenario.checkout(contract, "175000").payment();
            app.clock.advance(Duration.ofMinutes(4));
            assertThat(items()).isEmpty();

            app.clock.advance(Duration.ofMinutes(2)); // past the 5 minute checkout window

            assertThat(items()).singleElement().satisfies(i -> {
                assertThat(i.kind()).isEqualTo(Kind.PENDING_PAST_WINDOW);
                assertThat(i.paymentId()).isEqualTo(pending.id());
                assertThat(i.contractId()).isEqualTo(contract);
                assertThat(i.transactionId())
                        .isEqualTo(pending.lifecycle().providerTransactionId().orElseThrow());
                assertThat(i.amount()).isEqualTo(pending.amount());
                assertThat(i.since()).isEqualTo(pending.checkout().createdAt());
            });
        }

        @Test
        void givenACheckoutWhoseAnswerWasLost_whenPastTheWindow_thenItsOutcomeIsUnknown() {
            ContractId contract = scenario.confirmedContract();
            app.gateway.loseNextCheckoutAnswer();
            EscrowPayment unanswered = scenario.checkout(contract, "175000").payment();
            app.clock.advance(Duration.ofMinutes(6));

            assertThat(items()).singleElement().satisfies(i -> {
                assertThat(i.kind()).isEqualTo(Kind.UNKNOWN_OUTCOME);
                assertThat(i.paymentId()).isEqualTo(unanswered.id());
                assertThat(i.transactionId()).isNull();
                assertThat(i.detail()).contains(unanswered.checkout().reference());
            });
        }

        @Test
        void givenAPayoutSentWithNoNotification_whenTheSettleWindowPasses_thenThePayoutIsPendingPastItsWindow() {
            EscrowPayment payment = scenario.activeContractWithLockedPayment();
            var payout = scenario.sentRelease(payment);
            app.clock.advance(Duration.ofMinutes(29));
            assertThat(items()).isEmpty();

            app.clock.advance(Duration.ofMinutes(2));

            assertThat(items()).singleElement().satisfies(i -> {
                assertThat(i.kind()).isEqualTo(Kind.PENDING_PAST_WINDOW);
                assertThat(i.paymentId()).isEqualTo(payment.id());
                assertThat(i.amount()).isEqualTo(payout.amount());
                assertThat(i.detail()).contains(payout.id()).contains(SELLER.e164());
            });
        }

        @Test
        void givenALateSuccessAfterTheContractWasFunded_whenListed_thenASurplusRefund() {
            ContractId contract = scenario.confirmedContract();
            EscrowPayment a = scenario.checkout(contract, "175000").payment();
            app.notifications.settle(
                    EscrowScenario.failure(a.lifecycle().providerTransactionId().orElseThrow(), "timeout"));
            scenario.providerConfirms(scenario.checkout(contract, "175000").payment());
            scenario.providerConfirms(a); // the payer approved A after all: paid beyond the total

            assertThat(items())
                    .filteredOn(i -> i.kind() == Kind.SURPLUS_REFUND)
                    .singleElement()
                    .satisfies(i -> {
                        assertThat(i.paymentId()).isEqualTo(a.id());
                        assertThat(i.amount()).isEqualTo(a.amount());
                        assertThat(i.detail()).contains("refund due");
                    });
        }

        @Test
        void givenNotificationsOfAWrongAmountAndOfAnUnknownId_whenListed_thenAMismatchWithItsPaymentAndAFlaggedEvent() {
            ContractId contract = scenario.confirmedContract();
            EscrowPayment pending = scenario.checkout(contract, "175000").payment();
            String providerId = pending.lifecycle().providerTransactionId().orElseThrow();
            app.notifications.settle(EscrowScenario.success(providerId, Money.of("1", CurrencyCode.KES)));
            app.clock.advance(Duration.ofSeconds(1));
            app.notifications.settle(EscrowScenario.success("ATPid_nobody", Money.of("50", CurrencyCode.KES)));

            List<Item> flagged = items().stream()
                    .filter(i -> i.kind() == Kind.AMOUNT_MISMATCH || i.kind() == Kind.FLAGGED_EVENT)
                    .toList();

            assertThat(flagged).extracting(Item::kind).containsExactly(Kind.FLAGGED_EVENT, Kind.AMOUNT_MISMATCH);
            assertThat(flagged.get(0).transactionId()).isEqualTo("ATPid_nobody");
            assertThat(flagged.get(0).paymentId()).isNull();
            assertThat(flagged.get(1).paymentId()).isEqualTo(pending.id());
            assertThat(flagged.get(1).contractId()).isEqualTo(contract);
            assertThat(flagged.get(1).amount()).isEqualTo(pending.amount());
        }

        @Test
        void givenMoreItemsThanAPage_whenPaged_thenNewestFirstAndTheTotalCountsAll() {
            for (int i = 0; i < 3; i++) {
                app.notifications.settle(EscrowScenario.success("ATPid_x" + i, Money.of("50", CurrencyCode.KES)));
                app.clock.advance(Duration.ofSeconds(1));
            }

            var page = app.attention.attention(new PageRequest(2, 1));

            assertThat(page.total()).isEqualTo(3);
            assertThat(page.items()).extracting(Item::transactionId).containsExactly("ATPid_x1", "ATPid_x0");
        }
    }
}
