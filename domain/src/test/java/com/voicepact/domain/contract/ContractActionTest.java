package com.voicepact.domain.contract;

import static com.voicepact.domain.contract.ActionRefusal.ACCEPTANCE_NEEDS_ACTIVE;
import static com.voicepact.domain.contract.ActionRefusal.ALREADY_DECIDED;
import static com.voicepact.domain.contract.ActionRefusal.CONFIRMATION_WINDOW_CLOSED;
import static com.voicepact.domain.contract.ActionRefusal.DELIVERY_ALREADY_ACCEPTED;
import static com.voicepact.domain.contract.ActionRefusal.DELIVERY_NEEDS_ACTIVE;
import static com.voicepact.domain.contract.ActionRefusal.DELIVERY_NOT_REPORTED;
import static com.voicepact.domain.contract.ActionRefusal.DISPUTE_NEEDS_ACTIVE;
import static com.voicepact.domain.contract.ActionRefusal.NEITHER_BUYER_NOR_SELLER;
import static com.voicepact.domain.contract.ActionRefusal.NOT_A_PARTY;
import static com.voicepact.domain.contract.ActionRefusal.NOT_PENDING;
import static com.voicepact.domain.contract.ActionRefusal.NOT_THE_BUYER;
import static com.voicepact.domain.contract.ActionRefusal.NOT_THE_SELLER;
import static com.voicepact.domain.contract.ActionRefusal.RELEASE_UNDER_WAY;
import static com.voicepact.domain.contract.ActionRefusal.TERMS_NEED_PENDING;
import static com.voicepact.domain.contract.ContractAction.ACCEPT_DELIVERY;
import static com.voicepact.domain.contract.ContractAction.AMEND_TERMS;
import static com.voicepact.domain.contract.ContractAction.CONFIRM;
import static com.voicepact.domain.contract.ContractAction.DECLINE;
import static com.voicepact.domain.contract.ContractAction.RAISE_DISPUTE;
import static com.voicepact.domain.contract.ContractAction.REPORT_DELIVERY;
import static com.voicepact.domain.contract.ContractStatus.ACTIVE;
import static com.voicepact.domain.contract.ContractStatus.CONFIRMED;
import static com.voicepact.domain.contract.ContractStatus.DISPUTED;
import static com.voicepact.domain.contract.ContractStatus.PENDING;
import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static com.voicepact.domain.testdata.ContractBuilder.STRANGER;
import static com.voicepact.domain.testdata.ContractBuilder.T0;
import static com.voicepact.domain.testdata.ContractBuilder.WITNESS;
import static com.voicepact.domain.testdata.ContractBuilder.aContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.common.PhoneNumber;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may do what, as a table: each action's policy on a standing, allowed or refused with its typed reason. */
class ContractActionTest {

    private static final PartyRole B = PartyRole.BUYER;
    private static final PartyRole S = PartyRole.SELLER;
    private static final PartyRole W = PartyRole.WITNESS;

    /** status, role, decided, window open, delivery reported, delivery accepted. */
    private static ContractAction.Standing st(
            ContractStatus status,
            PartyRole role,
            boolean decided,
            boolean window,
            boolean reported,
            boolean accepted) {
        return new ContractAction.Standing(status, role, decided, window, reported, accepted);
    }

    static Stream<Arguments> table() {
        return Stream.of(
                row(CONFIRM, st(PENDING, null, false, true, false, false), NOT_A_PARTY),
                row(CONFIRM, st(PENDING, W, false, true, false, false), null),
                row(DECLINE, st(PENDING, S, false, true, false, false), null),
                row(CONFIRM, st(CONFIRMED, B, true, true, false, false), NOT_PENDING),
                row(CONFIRM, st(PENDING, B, true, false, false, false), CONFIRMATION_WINDOW_CLOSED),
                row(DECLINE, st(PENDING, B, true, true, false, false), ALREADY_DECIDED),
                row(REPORT_DELIVERY, st(ACTIVE, S, true, true, false, false), null),
                row(REPORT_DELIVERY, st(ACTIVE, S, true, true, true, false), null),
                row(REPORT_DELIVERY, st(ACTIVE, B, true, true, false, false), NOT_THE_SELLER),
                row(REPORT_DELIVERY, st(CONFIRMED, S, true, true, false, false), DELIVERY_NEEDS_ACTIVE),
                row(REPORT_DELIVERY, st(ACTIVE, S, true, true, true, true), DELIVERY_ALREADY_ACCEPTED),
                row(ACCEPT_DELIVERY, st(ACTIVE, B, true, true, true, false), null),
                row(ACCEPT_DELIVERY, st(ACTIVE, S, true, true, true, false), NOT_THE_BUYER),
                row(ACCEPT_DELIVERY, st(DISPUTED, B, true, true, true, false), ACCEPTANCE_NEEDS_ACTIVE),
                row(ACCEPT_DELIVERY, st(ACTIVE, B, true, true, false, false), DELIVERY_NOT_REPORTED),
                row(ACCEPT_DELIVERY, st(ACTIVE, B, true, true, true, true), DELIVERY_ALREADY_ACCEPTED),
                row(RAISE_DISPUTE, st(ACTIVE, B, true, true, false, false), null),
                row(RAISE_DISPUTE, st(ACTIVE, S, true, true, true, false), null),
                row(RAISE_DISPUTE, st(ACTIVE, W, true, true, true, false), NEITHER_BUYER_NOR_SELLER),
                row(RAISE_DISPUTE, st(ACTIVE, B, true, true, true, true), RELEASE_UNDER_WAY),
                row(RAISE_DISPUTE, st(DISPUTED, S, true, true, true, false), DISPUTE_NEEDS_ACTIVE),
                row(RAISE_DISPUTE, st(PENDING, null, false, true, false, false), NOT_A_PARTY),
                row(AMEND_TERMS, st(PENDING, S, false, true, false, false), null),
                row(AMEND_TERMS, st(PENDING, B, true, true, false, false), null),
                row(AMEND_TERMS, st(PENDING, W, false, true, false, false), NEITHER_BUYER_NOR_SELLER),
                row(AMEND_TERMS, st(PENDING, null, false, true, false, false), NOT_A_PARTY),
                row(AMEND_TERMS, st(CONFIRMED, S, true, true, false, false), TERMS_NEED_PENDING),
                row(AMEND_TERMS, st(ACTIVE, B, true, true, false, false), TERMS_NEED_PENDING),
                row(AMEND_TERMS, st(PENDING, B, false, false, false, false), CONFIRMATION_WINDOW_CLOSED));
    }

    private static Arguments row(ContractAction action, ContractAction.Standing standing, ActionRefusal refusal) {
        return Arguments.of(action, standing, refusal);
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @MethodSource("table")
    void givenAStanding_thenEachActionIsAllowedOrRefusedWithItsReason(
            ContractAction action, ContractAction.Standing standing, ActionRefusal refusal) {
        assertThat(action.refusal(standing)).isEqualTo(Optional.ofNullable(refusal));
        assertThat(ContractAction.allowedFor(standing).contains(action)).isEqualTo(refusal == null);
    }

    static Stream<Arguments> parties() {
        Contract reported = aContract().withWitness().active();
        reported.fulfilment().reportDelivery(SELLER, DeliveryReport.full(T0.plusSeconds(600)));
        return Stream.of(
                Arguments.of("pending, buyer", aContract().pending(), BUYER, EnumSet.of(CONFIRM, DECLINE, AMEND_TERMS)),
                Arguments.of(
                        "pending, stranger", aContract().pending(), STRANGER, EnumSet.noneOf(ContractAction.class)),
                Arguments.of(
                        "confirmed, seller", aContract().confirmed(), SELLER, EnumSet.noneOf(ContractAction.class)),
                Arguments.of(
                        "active, seller", aContract().active(), SELLER, EnumSet.of(REPORT_DELIVERY, RAISE_DISPUTE)),
                Arguments.of("active, buyer", aContract().active(), BUYER, EnumSet.of(RAISE_DISPUTE)),
                Arguments.of("reported, buyer", reported, BUYER, EnumSet.of(ACCEPT_DELIVERY, RAISE_DISPUTE)),
                Arguments.of("reported, witness", reported, WITNESS, EnumSet.noneOf(ContractAction.class)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parties")
    void givenAContract_thenActionsForAPhoneAreWhatItsGuardsLetThrough(
            String name, Contract contract, PhoneNumber phone, Set<ContractAction> expected) {
        assertThat(contract.actionsFor(phone)).isEqualTo(expected);
    }

    @Test
    void givenARefusal_thenTheGuardThrowsItsExceptionInTheProductsWords() {
        Contract active = aContract().active();
        assertThatThrownBy(() -> active.fulfilment().acceptDelivery(SELLER, T0.plusSeconds(900)))
                .isInstanceOf(PartyNotEntitledException.class)
                .hasMessageContaining("is not the buyer");
        assertThatThrownBy(() -> active.fulfilment().acceptDelivery(BUYER, T0.plusSeconds(900)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("the seller has not reported delivery yet");
        assertThat(NOT_A_PARTY.isAboutTheCaller()).isTrue();
        assertThat(NOT_PENDING.isAboutTheCaller()).isFalse();
    }
}
