package com.voicepact.domain.contract;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static com.voicepact.domain.testdata.ContractBuilder.STRANGER;
import static com.voicepact.domain.testdata.ContractBuilder.T0;
import static com.voicepact.domain.testdata.ContractBuilder.WITNESS;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.domain.DomainException;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.testdata.ContractBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of every action by every kind of phone, at random times: each action either
 * succeeds or is refused with a domain exception, and the contract never reaches an inconsistent state.
 */
class ContractStateMachinePropertiesTest {

    enum Action {
        CONFIRM,
        DECLINE,
        EXPIRE,
        FUND,
        DELIVER,
        ACCEPT,
        DISPUTE,
        ESCALATE,
        RESOLVE_RELEASE,
        RESOLVE_REFUND,
        COMPLETE,
        CANCEL
    }

    record Step(Action action, PhoneNumber phone, long minutesLater) {}

    private static final List<PhoneNumber> PHONES = List.of(BUYER, SELLER, WITNESS, STRANGER);

    @Property(tries = 500)
    void noSequenceOfEventsReachesAnInconsistentState(@ForAll("steps") List<Step> steps) {
        Contract contract = ContractBuilder.aContract().withWitness().pending();
        Instant now = T0;
        for (Step step : steps) {
            now = now.plus(Duration.ofMinutes(step.minutesLater()));
            ContractStatus before = contract.status();
            try {
                apply(contract, step, now);
            } catch (DomainException refused) {
                assertThat(contract.status())
                        .as("a refused action changes nothing")
                        .isEqualTo(before);
            }
            assertConsistent(contract, before);
        }
    }

    private static void apply(Contract contract, Step step, Instant now) {
        switch (step.action()) {
            case CONFIRM -> contract.confirmBy(step.phone(), Channel.SMS, now);
            case DECLINE -> contract.declineBy(step.phone(), Channel.USSD, now);
            case EXPIRE -> contract.expire(now);
            case FUND -> contract.markFunded(now);
            case DELIVER -> contract.fulfilment().reportDelivery(step.phone(), DeliveryReport.full(now));
            case ACCEPT -> contract.fulfilment().acceptDelivery(step.phone(), now);
            case DISPUTE -> contract.fulfilment().raiseDispute(step.phone(), "issue", now);
            case ESCALATE -> contract.fulfilment().escalateOverdue(now, Duration.ofDays(7));
            case RESOLVE_RELEASE ->
                contract.fulfilment().resolveDispute(DisputeResolution.RELEASE_TO_SELLER, null, now);
            case RESOLVE_REFUND -> contract.fulfilment().resolveDispute(DisputeResolution.REFUND_BUYER, null, now);
            case COMPLETE -> contract.complete(now);
            case CANCEL -> contract.cancellation().requestCancellationBy(step.phone(), now);
        }
    }

    private static void assertConsistent(Contract c, ContractStatus before) {
        boolean everyoneSaidYes =
                c.agreement().parties().stream().allMatch(p -> c.agreement().hasConfirmed(p.phone()));
        boolean someoneSaidNo = c.agreement().confirmations().stream().anyMatch(x -> !x.isYes());
        assertThat(c.agreement().confirmations())
                .allMatch(x -> c.agreement().partyWith(x.party()).isPresent(), "only parties decide");
        assertThat(c.agreement().confirmations().stream()
                        .map(Confirmation::party)
                        .distinct()
                        .count())
                .isEqualTo(c.agreement().confirmations().size());
        if (before.isFinal()) {
            assertThat(c.status()).as("a final status never changes").isEqualTo(before);
        }
        switch (c.status()) {
            case PENDING -> assertThat(everyoneSaidYes || someoneSaidNo).isFalse();
            case CONFIRMED, ACTIVE, COMPLETED, DISPUTED -> {
                assertThat(everyoneSaidYes)
                        .as("%s without every party's YES", c.status())
                        .isTrue();
                assertThat(c.timeline().confirmedAt()).isPresent();
            }
            case EXPIRED -> assertThat(everyoneSaidYes || someoneSaidNo).isFalse();
            case CANCELLED ->
                assertThat(someoneSaidNo
                                || !c.cancellation().cancellationRequests().isEmpty()
                                || c.fulfilment().dispute().isPresent())
                        .isTrue();
        }
        if (c.status() == ContractStatus.ACTIVE || c.status() == ContractStatus.DISPUTED) {
            assertThat(c.timeline().activatedAt()).isPresent();
        }
        if (c.status() == ContractStatus.COMPLETED) {
            boolean accepted =
                    c.fulfilment().delivery().map(DeliveryReport::isAccepted).orElse(false);
            boolean resolvedForSeller =
                    c.fulfilment().dispute().map(d -> !d.isOpen()).orElse(false);
            assertThat(accepted || resolvedForSeller)
                    .as("completed without acceptance or resolution")
                    .isTrue();
        }
        if (c.status() == ContractStatus.DISPUTED) {
            assertThat(c.fulfilment().dispute()).isPresent();
        }
        c.fulfilment()
                .delivery()
                .ifPresent(d -> assertThat(c.timeline().activatedAt()).isPresent());
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                        Arbitraries.of(Action.class),
                        Arbitraries.of(PHONES),
                        Arbitraries.longs().between(0, 60 * 24 * 3))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 200)
    void confirmationsAreOnlyForTheCurrentFingerprint(@ForAll("steps") List<Step> steps) {
        Contract contract = ContractBuilder.aContract().pending();
        Instant now = T0;
        for (Step step : steps) {
            now = now.plus(Duration.ofMinutes(step.minutesLater() % 30));
            try {
                apply(contract, step, now);
            } catch (DomainException ignored) {
                // refusals are covered by the other property
            }
        }
        String fingerprint = contract.agreement().fingerprint();
        assertThat(contract.agreement().confirmations())
                .allMatch(x -> x.fingerprint().equals(fingerprint));
    }
}
