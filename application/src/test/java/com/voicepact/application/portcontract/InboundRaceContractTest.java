package com.voicepact.application.portcontract;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.in.SettlementResult;
import com.voicepact.application.escrow.port.in.SettlementResult.Outcome;
import com.voicepact.application.escrow.port.out.Payments;
import com.voicepact.application.escrow.port.out.ProviderEvents;
import com.voicepact.application.fakes.InboundChannels;
import com.voicepact.application.phone.port.in.InboundSms;
import com.voicepact.application.phone.port.in.InboundSmsOutcome;
import com.voicepact.application.phone.port.in.UssdRequest;
import com.voicepact.application.phone.port.out.UssdSessions;
import com.voicepact.application.voice.port.in.VoiceCallback;
import com.voicepact.application.voice.port.out.ContractDrafts;
import com.voicepact.application.voice.port.out.VoiceCalls;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.extraction.ExtractedTerms;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.messaging.SmsCommand;
import com.voicepact.domain.messaging.SmsTemplates;
import com.voicepact.domain.payment.EscrowPayment;
import com.voicepact.domain.voice.ContractDraft;
import com.voicepact.domain.voice.VoiceCall;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two deliveries of one inbound message at the same time (the provider retrying while the first is still
 * being handled): both pass the "seen?" check before either commits (the stores make them wait for each
 * other right after it), and still the effect happens once and the loser answers as a duplicate would.
 * For stores with real concurrent transactions (PostgreSQL); a few rounds each.
 */
public abstract class InboundRaceContractTest {

    private static final int ROUNDS = 4;
    private static final SmsTemplates EN = SmsTemplates.in(Language.EN);
    private InboundChannels world;
    private ExecutorService twoDeliveries;

    /** The stores under test, empty. */
    protected abstract InboundChannels.Stores emptyStores();

    @BeforeEach
    void wire() {
        world = new InboundChannels(emptyStores());
        twoDeliveries = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        twoDeliveries.shutdownNow();
    }

    /** Runs {@code delivery} twice at once, each meeting the other right after the given read. */
    private <T> List<T> twice(Class<?> port, String read, Supplier<T> delivery) {
        world.wires.meetAfter(port, read, 2);
        try {
            CompletableFuture<T> first = CompletableFuture.supplyAsync(delivery, twoDeliveries);
            CompletableFuture<T> second = CompletableFuture.supplyAsync(delivery, twoDeliveries);
            return List.of(
                    first.orTimeout(60, TimeUnit.SECONDS).join(),
                    second.orTimeout(60, TimeUnit.SECONDS).join());
        } finally {
            world.wires.meetNoMore();
        }
    }

    /**
     * Each transaction locked its own payment and then read the contract's payments: each saw the other still pending,
     * so neither funded the contract, which stayed CONFIRMED with all its money locked and no way out (found by the
     * fresh-eyes check of issue 14 once audit records stopped serializing these transactions).
     */
    @Test
    void givenTwoCheckoutsOfOneContractPaidAtOnce_whenBothNotificationsSettle_thenTheContractIsFundedOnce() {
        for (int round = 0; round < ROUNDS; round++) {
            ContractId id = world.confirmedContract();
            List<EscrowPayment> halves = List.of(world.pendingCheckout(id, "4000"), world.pendingCheckout(id, "5000"));
            java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

            List<SettlementResult> results =
                    twice(Payments.class, "save", () -> world.providerConfirms(halves.get(next.getAndIncrement())));

            assertThat(results).extracting(SettlementResult::outcome).containsOnly(Outcome.APPLIED);
            assertThat(world.stores.contracts().findById(id).orElseThrow().status())
                    .as("round " + round)
                    .isEqualTo(ContractStatus.ACTIVE);
            assertThat(world.audited(id.value(), "CONTRACT_FUNDED"))
                    .as("round " + round)
                    .isEqualTo(1);
        }
    }

    @Test
    void givenTheSameDeliveredSmsTwiceAtOnce_whenHandled_thenReportedOnce_oneAcknowledgement_andTheOtherADuplicate() {
        for (int round = 0; round < ROUNDS; round++) {
            EscrowPayment payment = world.pendingCheckout(world.confirmedContract());
            world.providerConfirms(payment);
            ContractId id = payment.contractId();
            InboundSms delivered = new InboundSms(SELLER, "40404", "DELIVERED-" + id, "d", "ATXid_race_" + round, "l");
            world.dispatchAll();
            int toSellerBefore = world.sentTo(SELLER).size();

            List<InboundSmsOutcome> outcomes =
                    twice(ProviderEvents.class, "findByKey", () -> world.smsCommands.handle(delivered));
            world.dispatchAll();

            assertThat(outcomes)
                    .as("round " + round)
                    .containsExactlyInAnyOrder(InboundSmsOutcome.APPLIED, InboundSmsOutcome.DUPLICATE);
            assertThat(world.audited(id.value(), "DELIVERY_REPORTED"))
                    .as("round " + round)
                    .isEqualTo(1);
            assertThat(world.sentTo(BUYER))
                    .filteredOn(t -> t.startsWith("VoicePact Delivery Alert:") && t.contains(id.value()))
                    .as("round " + round)
                    .hasSize(1);
            List<String> toSeller = world.sentTo(SELLER);
            assertThat(toSeller.subList(toSellerBefore, toSeller.size()))
                    .as("round " + round)
                    .containsExactly(EN.acknowledge(SmsCommand.Verb.DELIVERED, id));
        }
    }

    @Test
    void givenBothPartiesSendingTheMissingPriceOfADraftAtOnce_whenHandled_thenOneContractAndOneSummaryEach() {
        for (int round = 0; round < ROUNDS; round++) {
            ContractId id = world.stores.ids().nextContractId(2026);
            world.stores
                    .contractDrafts()
                    .save(ContractDraft.open(
                            id,
                            ContractType.AGRICULTURAL_SUPPLY,
                            List.of(
                                    Party.of(BUYER, PartyRole.BUYER, "Amina"),
                                    Party.of(SELLER, PartyRole.SELLER, "Juma")),
                            "magunia mia moja ya mahindi",
                            new ExtractedTerms(
                                    ExtractedTerms.Field.of("maize", 0.85),
                                    ExtractedTerms.Field.of(new java.math.BigDecimal("100"), 0.9),
                                    ExtractedTerms.Field.of("bags", 0.9),
                                    ExtractedTerms.Field.none(),
                                    ExtractedTerms.Field.none(),
                                    ExtractedTerms.Field.of("KES", 0.8),
                                    ExtractedTerms.Field.none(),
                                    ExtractedTerms.Field.none(),
                                    ExtractedTerms.Field.none()),
                            world.clock.now(),
                            Duration.ofHours(24)));
            java.util.concurrent.atomic.AtomicInteger sender = new java.util.concurrent.atomic.AtomicInteger();

            List<InboundSmsOutcome> outcomes = twice(ContractDrafts.class, "findById", () -> {
                PhoneNumber from = sender.getAndIncrement() == 0 ? BUYER : SELLER;
                return world.smsCommands.handle(new InboundSms(
                        from, "40404", "PRICE-" + id + " 3500", "d", "ATXid_draft_" + id + from.e164(), "l"));
            });
            world.dispatchAll();

            assertThat(outcomes)
                    .as("round " + round + ": one completes it, the other finds the contract saying that price")
                    .containsExactlyInAnyOrder(InboundSmsOutcome.APPLIED, InboundSmsOutcome.ANSWERED);
            assertThat(world.audited(id.value(), "CONTRACT_CREATED"))
                    .as("round " + round)
                    .isEqualTo(1);
            for (PhoneNumber party : List.of(BUYER, SELLER)) {
                assertThat(world.sentTo(party))
                        .filteredOn(t -> t.startsWith("VoicePact Contract Summary:") && t.contains("ID: " + id))
                        .as("round " + round)
                        .hasSize(1);
            }
        }
    }

    @Test
    void givenTheSameStatusSmsTwiceAtOnce_whenHandled_thenOneAnswer_theMarkItselfDecides() {
        for (int round = 0; round < ROUNDS; round++) {
            ContractId id = world.confirmedContract();
            world.dispatchAll();
            int toBuyerBefore = world.sentTo(BUYER).size();
            InboundSms status = new InboundSms(BUYER, "40404", "STATUS-" + id, "d", "ATXid_status_" + round, "l");

            List<InboundSmsOutcome> outcomes =
                    twice(ProviderEvents.class, "findByKey", () -> world.smsCommands.handle(status));
            world.dispatchAll();

            assertThat(outcomes)
                    .as("round " + round)
                    .containsExactlyInAnyOrder(InboundSmsOutcome.ANSWERED, InboundSmsOutcome.DUPLICATE);
            List<String> toBuyer = world.sentTo(BUYER);
            assertThat(toBuyer.subList(toBuyerBefore, toBuyer.size()))
                    .as("round " + round)
                    .singleElement()
                    .asString()
                    .startsWith("VoicePact " + id + ": ");
        }
    }

    @Test
    void givenTheDispatcherRunsWhileAnSmsIsBeingHandled_whenItLooks_thenNothingOfThatSmsHasReachedTheProvider() {
        EscrowPayment payment = world.pendingCheckout(world.confirmedContract());
        world.providerConfirms(payment);
        ContractId id = payment.contractId();
        world.dispatchAll();
        List<String> sentMeanwhile = new java.util.ArrayList<>();
        world.wires.afterOnce(
                com.voicepact.application.operations.port.out.OutboxMessages.class,
                "enqueue",
                args -> ((com.voicepact.application.operations.port.out.OutboxMessage) args[0])
                        .key()
                        .startsWith("sms:ack:"),
                () -> {
                    CompletableFuture.runAsync(world::dispatchAll, twoDeliveries)
                            .orTimeout(30, TimeUnit.SECONDS)
                            .join();
                    sentMeanwhile.addAll(world.sentTo(BUYER));
                    sentMeanwhile.addAll(world.sentTo(SELLER));
                });

        InboundSmsOutcome outcome =
                world.smsCommands.handle(new InboundSms(SELLER, "40404", "DELIVERED-" + id, "d", "ATXid_open", "l"));
        world.dispatchAll();

        assertThat(outcome).isEqualTo(InboundSmsOutcome.APPLIED);
        assertThat(sentMeanwhile)
                .as("a dispatcher running before the commit found nothing of it")
                .noneMatch(t -> t.startsWith("VoicePact Delivery Alert:")
                        || t.equals(EN.acknowledge(SmsCommand.Verb.DELIVERED, id)));
        assertThat(world.sentTo(BUYER))
                .filteredOn(t -> t.startsWith("VoicePact Delivery Alert:"))
                .hasSize(1);
        assertThat(world.sentTo(SELLER))
                .filteredOn(t -> t.equals(EN.acknowledge(SmsCommand.Verb.DELIVERED, id)))
                .hasSize(1);
    }

    @Test
    void givenTheSameUssdHopTwiceAtOnce_whenHandled_thenReportedOnceAndBothGetTheSameScreen() {
        for (int round = 0; round < ROUNDS; round++) {
            EscrowPayment payment = world.pendingCheckout(world.confirmedContract());
            world.providerConfirms(payment);
            ContractId id = payment.contractId();
            String session = "ATUid_race_" + round;
            hop(session, SELLER, "");
            assertThat(hop(session, SELLER, "2"))
                    .as("the newest contract first")
                    .contains("1. " + id.value());
            hop(session, SELLER, "2*1");
            List<String> screens = twice(UssdSessions.class, "find", () -> hop(session, SELLER, "2*1*1"));

            assertThat(screens)
                    .as("round " + round)
                    .allSatisfy(s -> assertThat(s).startsWith("END Full delivery confirmed!"));
            assertThat(world.audited(id.value(), "DELIVERY_REPORTED"))
                    .as("round " + round)
                    .isEqualTo(1);
        }
    }

    private String hop(String session, PhoneNumber phone, String text) {
        return world.ussd.handle(new UssdRequest(session, "*384*123#", phone, "63902", text));
    }

    @Test
    void givenTheSameFinalVoiceCallbackTwiceAtOnce_whenHandled_thenTheCallEndsOnce() {
        for (int round = 0; round < ROUNDS; round++) {
            world.clock.advance(Duration.ofMinutes(1)); // a new call id each round
            VoiceCall call = world.voice.start(
                    List.of(Party.of(BUYER, PartyRole.BUYER, "Amina"), Party.of(SELLER, PartyRole.SELLER, "Juma")),
                    ContractType.AGRICULTURAL_SUPPLY);
            VoiceCallback end =
                    new VoiceCallback(call.sessionId(), false, BUYER.e164(), "+254711082000", null, 0, "NO_ANSWER");

            twice(VoiceCalls.class, "findBySessionId", () -> world.voice.handle(end));

            assertThat(world.audited(call.id(), "VOICE_CALL_ENDED"))
                    .as("round " + round)
                    .isEqualTo(1);
        }
    }

    @Test
    void givenTheSameSuccessNotificationTwiceAtOnce_whenHandled_thenLockedOnceAndTheOtherADuplicate() {
        for (int round = 0; round < ROUNDS; round++) {
            EscrowPayment payment = world.pendingCheckout(world.confirmedContract());

            List<Outcome> outcomes = twice(
                    ProviderEvents.class,
                    "findByKey",
                    () -> world.providerConfirms(payment).outcome());

            assertThat(outcomes).as("round " + round).containsExactlyInAnyOrder(Outcome.APPLIED, Outcome.DUPLICATE);
            assertThat(world.stores.ledger().forContract(payment.contractId()))
                    .as("round " + round)
                    .hasSize(1);
            assertThat(world.audited(payment.id().value(), "PAYMENT_LOCKED"))
                    .as("round " + round)
                    .isEqualTo(1);
        }
    }
}
