package com.voicepact.domain.contract;

import static com.voicepact.domain.contract.ReleaseBlocker.DELIVERY_NOT_ACCEPTED;
import static com.voicepact.domain.contract.ReleaseBlocker.DELIVERY_NOT_REPORTED;
import static com.voicepact.domain.contract.ReleaseBlocker.DISPUTE_OPEN;
import static com.voicepact.domain.contract.ReleaseBlocker.NOT_ACTIVE;
import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static com.voicepact.domain.testdata.ContractBuilder.T0;
import static com.voicepact.domain.testdata.ContractBuilder.aContract;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The release rule as a table: each stage of a contract, what each policy says, what blocks the release, who may be paid. */
class ReleasePolicyTest {

    private static final Instant LATER = T0.plusSeconds(3600);

    private static Contract reported() {
        Contract c = aContract().active();
        c.fulfilment().reportDelivery(SELLER, DeliveryReport.full(LATER));
        return c;
    }

    private static Contract accepted() {
        Contract c = reported();
        c.fulfilment().acceptDelivery(BUYER, LATER);
        return c;
    }

    private static Contract disputed() {
        Contract c = reported();
        c.fulfilment().raiseDispute(BUYER, "wet maize", LATER);
        return c;
    }

    private static Contract resolved(DisputeResolution how, String share) {
        Contract c = disputed();
        c.fulfilment().resolveDispute(how, share == null ? null : new BigDecimal(share), LATER);
        return c;
    }

    static Stream<Arguments> stages() {
        return Stream.of(
                row(
                        "pending",
                        () -> aContract().pending(),
                        List.of(NOT_ACTIVE, DELIVERY_NOT_REPORTED, DELIVERY_NOT_ACCEPTED),
                        false),
                row(
                        "confirmed",
                        () -> aContract().confirmed(),
                        List.of(NOT_ACTIVE, DELIVERY_NOT_REPORTED, DELIVERY_NOT_ACCEPTED),
                        false),
                row("active", () -> aContract().active(), List.of(DELIVERY_NOT_REPORTED, DELIVERY_NOT_ACCEPTED), false),
                row("delivery reported", ReleasePolicyTest::reported, List.of(DELIVERY_NOT_ACCEPTED), false),
                row("delivery accepted", ReleasePolicyTest::accepted, List.of(), true),
                row(
                        "disputed",
                        ReleasePolicyTest::disputed,
                        List.of(NOT_ACTIVE, DELIVERY_NOT_ACCEPTED, DISPUTE_OPEN),
                        false),
                row("resolved: release", () -> resolved(DisputeResolution.RELEASE_TO_SELLER, null), List.of(), false),
                row("resolved: split", () -> resolved(DisputeResolution.SPLIT, "0.5"), List.of(), false),
                row(
                        "resolved: refund",
                        () -> resolved(DisputeResolution.REFUND_BUYER, null),
                        List.of(NOT_ACTIVE, DELIVERY_NOT_ACCEPTED),
                        false));
    }

    private static Arguments row(
            String stage, Supplier<Contract> contract, List<ReleaseBlocker> blockers, boolean ready) {
        return Arguments.of(stage, contract, blockers, ready);
    }

    @ParameterizedTest(name = "{0}: blocked by {2}")
    @MethodSource("stages")
    void givenAStage_thenItsBlockersAndReadinessFollowFromThePolicies(
            String stage, Supplier<Contract> make, List<ReleaseBlocker> blockers, boolean ready) {
        Contract contract = make.get();

        assertThat(contract.fulfilment().releaseBlockers()).isEqualTo(blockers);
        assertThat(contract.fulfilment().isReadyForRelease()).isEqualTo(ready);
        assertThat(contract.fulfilment().mayPayTheSeller()).isEqualTo(blockers.isEmpty());
    }

    static Stream<Arguments> policies() {
        return Stream.of(
                Arguments.of(
                        ReleasePolicy.CONTRACT_MUST_BE_ACTIVE,
                        (Supplier<Contract>) ReleasePolicyTest::accepted,
                        (Supplier<Contract>) ReleasePolicyTest::disputed,
                        NOT_ACTIVE),
                Arguments.of(
                        ReleasePolicy.SELLER_MUST_HAVE_REPORTED_DELIVERY,
                        (Supplier<Contract>) ReleasePolicyTest::reported,
                        (Supplier<Contract>) () -> aContract().active(),
                        DELIVERY_NOT_REPORTED),
                Arguments.of(
                        ReleasePolicy.BUYER_MUST_HAVE_ACCEPTED_DELIVERY,
                        (Supplier<Contract>) ReleasePolicyTest::accepted,
                        (Supplier<Contract>) ReleasePolicyTest::reported,
                        DELIVERY_NOT_ACCEPTED),
                Arguments.of(
                        ReleasePolicy.NO_DISPUTE_MAY_BE_OPEN,
                        (Supplier<Contract>) () -> resolved(DisputeResolution.SPLIT, "0.25"),
                        (Supplier<Contract>) ReleasePolicyTest::disputed,
                        DISPUTE_OPEN));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("policies")
    void givenEachPolicy_thenItAllowsOneContractAndRejectsTheOtherWithItsOwnReason(
            ReleasePolicy policy, Supplier<Contract> allowed, Supplier<Contract> rejected, ReleaseBlocker reason) {
        assertThat(policy.check(allowed.get())).isEqualTo(new ReleaseDecision.Allowed());
        assertThat(policy.check(rejected.get())).isEqualTo(new ReleaseDecision.Rejected(reason));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void givenAnyStage_thenEachBlockerIsToldInAnOperatorsWords(
            String stage, Supplier<Contract> make, List<ReleaseBlocker> blockers, boolean ready) {
        Contract contract = make.get();
        for (ReleaseBlocker blocker : blockers) {
            assertThat(blocker.missing(contract)).isNotBlank().doesNotContain("null");
        }
        assertThat(NOT_ACTIVE.missing(contract)).isEqualTo("an ACTIVE contract (it is " + contract.status() + ")");
    }
}
