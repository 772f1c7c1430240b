package com.voicepact.application.phone;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.TermCorrection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One dispatcher for both phone channels: each action reaches its one use case, on the channel it came by, as the party. */
class PartyActionsTest {

    private static final ContractId ID = ContractId.parse("AG-2026-000001");
    private final List<String> calls = new ArrayList<>();
    private final PartyActions actions = new PartyActions(
            c -> record("confirm " + c.contractId() + " " + c.party().e164() + " " + c.channel() + " " + c.actor()),
            c -> record("decline " + c.contractId() + " " + c.party().e164() + " " + c.channel() + " " + c.actor()),
            c -> record("report " + c.contractId() + " " + c.party().e164() + " " + c.channel() + " " + c.actor() + " "
                    + c.partialQuantity()),
            c -> record("accept " + c.contractId() + " " + c.party().e164() + " " + c.channel() + " " + c.actor() + " "
                    + c.partialQuantity()),
            c -> record("dispute " + c.contractId() + " " + c.party().e164() + " " + c.actor() + " " + c.reason()),
            c -> record("amend " + c.contractId() + " " + c.party().e164() + " " + c.channel() + " " + c.actor() + " "
                    + c.correction()));

    private com.voicepact.domain.contract.Contract record(String call) {
        calls.add(call);
        return null;
    }

    @ParameterizedTest
    @EnumSource(
            value = Channel.class,
            names = {"SMS", "USSD"})
    void eachActionReachesItsUseCaseOnTheChannelItCameBy(Channel channel) {
        String as = " " + BUYER.e164() + " ";
        String actor = Actor.party(BUYER).toString();
        actions.run(PartyActions.Action.of(PartyActions.Kind.CONFIRM, ID), BUYER, channel);
        actions.run(PartyActions.Action.of(PartyActions.Kind.DECLINE, ID), BUYER, channel);
        actions.run(
                new PartyActions.Action(PartyActions.Kind.REPORT_DELIVERY, ID, new BigDecimal("2"), null),
                BUYER,
                channel);
        actions.run(PartyActions.Action.of(PartyActions.Kind.ACCEPT_DELIVERY, ID), BUYER, channel);
        actions.run(new PartyActions.Action(PartyActions.Kind.RAISE_DISPUTE, ID, null, "wet maize"), BUYER, channel);
        TermCorrection price = new TermCorrection.NewPrice(new BigDecimal("250"), null);
        actions.run(PartyActions.Action.amend(ID, price), BUYER, channel);

        assertThat(calls)
                .containsExactly(
                        "confirm " + ID + as + channel + " " + actor,
                        "decline " + ID + as + channel + " " + actor,
                        "report " + ID + as + channel + " " + actor + " 2",
                        "accept " + ID + as + channel + " " + actor + " null",
                        "dispute " + ID + as + actor + " wet maize",
                        "amend " + ID + as + channel + " " + actor + " " + price);
    }

    @Test
    void aDisputeWithoutAReasonIsRefusedBeforeAnyUseCaseRuns() {
        assertThatThrownBy(() -> PartyActions.Action.of(PartyActions.Kind.RAISE_DISPUTE, ID))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> PartyActions.Action.of(PartyActions.Kind.AMEND_TERMS, ID))
                .isInstanceOf(InvalidValueException.class);
        assertThat(calls).isEmpty();
    }
}
