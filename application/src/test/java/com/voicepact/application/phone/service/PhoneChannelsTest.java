package com.voicepact.application.phone.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static com.voicepact.domain.testdata.ContractBuilder.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.fakes.CreateContractCommands;
import com.voicepact.application.fakes.EscrowScenario;
import com.voicepact.application.fakes.FlakyProviderEvents;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.OutboxTexts;
import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.phone.PartyActions;
import com.voicepact.application.phone.port.in.InboundSms;
import com.voicepact.application.phone.port.in.InboundSmsOutcome;
import com.voicepact.application.phone.port.in.SmsDeliveryReport;
import com.voicepact.application.phone.port.in.UssdRequest;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.messaging.DeliveryReportOutcome;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.payment.EscrowPayment;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** USSD and SMS on the real use cases with in-memory ports. */
class PhoneChannelsTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final AtomicInteger ids = new AtomicInteger();

    private String ussd(String session, PhoneNumber phone, String text) {
        return app.ussd.handle(new UssdRequest(session, "*384*123#", phone, "63902", text));
    }

    private void sms(PhoneNumber from, String text) {
        app.smsCommands.handle(
                new InboundSms(from, "40404", text, "2026-03-02", "in-" + ids.incrementAndGet(), "link"));
    }

    private List<String> repliesTo(PhoneNumber phone) {
        return app.outbox.pending().stream()
                .filter(m -> m.kind() == OutboxMessage.Kind.SMS)
                .filter(m -> OutboxTexts.to(m).equals(phone.e164()))
                .map(m -> OutboxTexts.text(m))
                .toList();
    }

    @Nested
    class Ussd {
        @Test
        void givenPendingContract_whenSellerConfirmsOnUssd_thenConfirmedOnce_evenWhenAtResendsTheHop() {
            ContractId id =
                    app.create.create(CreateContractCommands.maizeDeal()).id();
            assertThat(ussd("S1", SELLER, "")).startsWith("CON Welcome to VoicePact");
            assertThat(ussd("S1", SELLER, "1")).contains("1. " + id.value());
            assertThat(ussd("S1", SELLER, "1*1")).contains("1. Confirm");
            String done = ussd("S1", SELLER, "1*1*1");
            assertThat(done).isEqualTo("END Contract " + id + " confirmed.\nThank you!");
            assertThat(ussd("S1", SELLER, "1*1*1"))
                    .as("a resent hop gets the stored screen")
                    .isEqualTo(done);
            assertThat(app.queries.get(id).agreement().confirmations()).hasSize(1);
            assertThat(app.queries
                            .get(id)
                            .agreement()
                            .decisionOf(SELLER)
                            .orElseThrow()
                            .channel()
                            .name())
                    .isEqualTo("USSD");
            assertThat(app.ussdMetrics.sessions).hasValue(1);
            assertThat(app.ussdMetrics.ended).hasValue(1);
        }

        @Test
        void givenActionRefusedByTheRules_whenChosen_thenEndWithTheReason() {
            app.create.create(CreateContractCommands.maizeDeal());
            app.clock.advance(Duration.ofHours(23).plusMinutes(58));
            ussd("S2", BUYER, "");
            ussd("S2", BUYER, "1");
            assertThat(ussd("S2", BUYER, "1*1")).contains("1. Confirm");
            app.clock.advance(Duration.ofMinutes(3));
            String refused = ussd("S2", BUYER, "1*1*1");
            assertThat(refused).startsWith("END Not done:").contains("window closed");
            assertThat(app.ussdSessions.find("S2").orElseThrow().lastText())
                    .as("the session is saved")
                    .isEqualTo("1*1*1");
            assertThat(ussd("S2", BUYER, "1*1*1"))
                    .as("a resent hop gets the stored screen")
                    .isEqualTo(refused);
            assertThat(app.ussdMetrics.errors).hasValue(0);
        }

        @Test
        void givenIdleSession_whenPastFiveMinutes_thenItStartsAgainAndIsCleanedUp() {
            ussd("S3", BUYER, "");
            ussd("S3", BUYER, "4");
            app.clock.advance(Duration.ofMinutes(6));
            assertThat(ussd("S3", BUYER, "4*1")).startsWith("CON Welcome to VoicePact");
            app.clock.advance(Duration.ofMinutes(6));
            assertThat(app.ussdCleanUp.cleanUpExpiredSessions()).isEqualTo(1);
        }

        @Test
        void givenSwahiliChosen_whenNextSessionAndSms_thenSwahili() {
            ussd("S4", BUYER, "");
            ussd("S4", BUYER, "4");
            ussd("S4", BUYER, "4*1");
            assertThat(ussd("S4", BUYER, "4*1*2")).isEqualTo("END Lugha imewekwa: Kiswahili.");
            assertThat(ussd("S5", BUYER, "")).startsWith("CON Karibu VoicePact");
            app.create.create(CreateContractCommands.maizeDeal());
            assertThat(repliesTo(BUYER)).anyMatch(t -> t.startsWith("VoicePact Muhtasari wa Mkataba:"));
            assertThat(repliesTo(SELLER)).anyMatch(t -> t.startsWith("VoicePact Contract Summary:"));
        }

        @Test
        void givenSellerOfActiveContract_whenFullDeliveryOnUssd_thenBuyerAlerted() {
            EscrowPayment payment = new EscrowScenario(app).activeContractWithLockedPayment();
            ussd("S6", SELLER, "");
            assertThat(ussd("S6", SELLER, "2")).contains(payment.contractId().value());
            ussd("S6", SELLER, "2*1");
            assertThat(ussd("S6", SELLER, "2*1*1")).startsWith("END Full delivery confirmed!");
            assertThat(app.queries.get(payment.contractId()).fulfilment().delivery())
                    .isPresent();
            assertThat(repliesTo(BUYER)).anyMatch(t -> t.startsWith("VoicePact Delivery Alert:"));
        }
    }

    @Nested
    class Sms {
        @Test
        void givenBothPartiesReplyYes_whenHandled_thenConfirmedAndEachAcknowledged_andAResentMessageChangesNothing() {
            ContractId id =
                    app.create.create(CreateContractCommands.maizeDeal()).id();
            InboundSms yes = new InboundSms(BUYER, "40404", "yes " + id, "d", "AT-1", "l");
            app.smsCommands.handle(yes);
            app.smsCommands.handle(yes);
            sms(SELLER, "YES-" + id);
            assertThat(app.queries.get(id).status()).isEqualTo(ContractStatus.CONFIRMED);
            assertThat(app.queries.get(id).agreement().confirmations()).hasSize(2);
            assertThat(repliesTo(BUYER))
                    .anyMatch(t -> t.startsWith("VoicePact: You confirmed contract " + id))
                    .anyMatch(t -> t.contains("is confirmed by all parties"));
        }

        @Test
        void givenTheLastYes_whenItCompletesTheContract_thenThatPartyIsToldOnceThatAllConfirmed_notToWait() {
            ContractId id =
                    app.create.create(CreateContractCommands.maizeDeal()).id();
            sms(BUYER, "YES-" + id);
            List<String> before = repliesTo(SELLER);
            sms(SELLER, "YES-" + id);
            List<String> after = new java.util.ArrayList<>(repliesTo(SELLER));
            after.removeAll(before);
            assertThat(after).singleElement().asString().contains("is confirmed by all parties");
        }

        @Test
        void givenAConfirmedContract_whenAPartySaysYesAgain_thenToldWhereItStands_notToWaitForTheOthers() {
            ContractId id =
                    app.create.create(CreateContractCommands.maizeDeal()).id();
            sms(BUYER, "YES-" + id);
            sms(SELLER, "YES-" + id);
            List<String> before = repliesTo(SELLER);
            sms(SELLER, "YES-" + id);
            List<String> after = new java.util.ArrayList<>(repliesTo(SELLER));
            after.removeAll(before);
            assertThat(after)
                    .singleElement()
                    .asString()
                    .startsWith("VoicePact " + id + ": ")
                    .doesNotContain("Waiting");
        }

        @Test
        void givenNo_whenItCancelsTheContract_thenTheDecliningPartyGetsTheOneCancellationMessage() {
            ContractId id =
                    app.create.create(CreateContractCommands.maizeDeal()).id();
            List<String> before = repliesTo(BUYER);
            sms(BUYER, "NO-" + id);
            List<String> after = new java.util.ArrayList<>(repliesTo(BUYER));
            after.removeAll(before);
            assertThat(after).singleElement().asString().contains("cancelled");
        }

        @Test
        void givenTheStoreFailsAfterTheYesIsStored_whenAtResendsTheMessage_thenTheYesCountsOnceAndIsAcknowledgedOnce() {
            ContractId id =
                    app.create.create(CreateContractCommands.maizeDeal()).id();
            FlakyProviderEvents events = new FlakyProviderEvents(app.providerEvents);
            ReceiveSmsService commands = new ReceiveSmsService(
                    app.contracts,
                    events,
                    app.messenger,
                    app.auditTrail,
                    app.clock,
                    app.transactions,
                    new PartyActions(
                            app.decisions, app.decisions, app.delivery, app.delivery, app.disputes, app.amendTerms),
                    "*384*123#");
            InboundSms yes = new InboundSms(BUYER, "40404", "YES-" + id, "d", "AT-flaky-1", "l");
            events.failWrites(true);
            assertThatThrownBy(() -> commands.handle(yes))
                    .as("a failure on our side is not swallowed")
                    .isInstanceOf(RuntimeException.class);
            events.failWrites(false);
            assertThat(commands.handle(yes)).isEqualTo(InboundSmsOutcome.APPLIED);
            assertThat(commands.handle(yes)).isEqualTo(InboundSmsOutcome.DUPLICATE);
            assertThat(app.queries.get(id).agreement().confirmations()).hasSize(1);
            assertThat(repliesTo(BUYER))
                    .filteredOn(t -> t.startsWith("VoicePact: You confirmed contract " + id))
                    .hasSize(1);
            assertThat(repliesTo(BUYER)).noneMatch(t -> t.contains("Not done"));
        }

        @Test
        void givenTheStoreFailsBeforeAnything_whenAtResendsTheMessage_thenTheYesIsCarriedOutThen() {
            ContractId id =
                    app.create.create(CreateContractCommands.maizeDeal()).id();
            FlakyProviderEvents events = new FlakyProviderEvents(app.providerEvents);
            ReceiveSmsService commands = new ReceiveSmsService(
                    app.contracts,
                    events,
                    app.messenger,
                    app.auditTrail,
                    app.clock,
                    app.transactions,
                    new PartyActions(
                            app.decisions, app.decisions, app.delivery, app.delivery, app.disputes, app.amendTerms),
                    "*384*123#");
            InboundSms yes = new InboundSms(SELLER, "40404", "Ndiyo " + id, "d", "AT-flaky-2", "l");
            events.failReads(true);
            assertThatThrownBy(() -> commands.handle(yes)).isInstanceOf(RuntimeException.class);
            assertThat(app.queries.get(id).agreement().confirmations()).isEmpty();
            events.failReads(false);
            assertThat(commands.handle(yes)).isEqualTo(InboundSmsOutcome.APPLIED);
            assertThat(app.queries.get(id).agreement().hasConfirmed(SELLER)).isTrue();
        }

        @Test
        void givenStranger_whenCommanding_thenNothingChangesItIsAuditedAndOnePoliteReply() {
            ContractId id =
                    app.create.create(CreateContractCommands.maizeDeal()).id();
            sms(STRANGER, "YES-" + id);
            sms(STRANGER, "NO-" + id);
            assertThat(app.queries.get(id).agreement().confirmations()).isEmpty();
            assertThat(app.queries.get(id).status()).isEqualTo(ContractStatus.PENDING);
            assertThat(repliesTo(STRANGER)).hasSize(1).allMatch(t -> t.contains("not a party"));
            assertThat(app.auditLog.forSubject(id.value()))
                    .filteredOn(e -> e.record().action().equals("SMS_COMMAND_REFUSED"))
                    .hasSize(2);
        }

        @Test
        void givenWrongRole_whenBuyerClaimsDelivery_thenRefusedAsNotEntitled() {
            EscrowPayment payment = new EscrowScenario(app).activeContractWithLockedPayment();
            sms(BUYER, "DELIVERED-" + payment.contractId());
            assertThat(app.queries.get(payment.contractId()).fulfilment().delivery())
                    .isEmpty();
            assertThat(repliesTo(BUYER)).anyMatch(t -> t.contains("not a party") || t.contains("role"));
        }

        @Test
        void givenDeliveredThenAccept_whenTexted_thenEscrowReleasing() {
            EscrowPayment payment = new EscrowScenario(app).activeContractWithLockedPayment();
            sms(SELLER, "delivered " + payment.contractId());
            sms(BUYER, "ACCEPT-" + payment.contractId());
            assertThat(app.payments
                            .findById(payment.id())
                            .orElseThrow()
                            .status()
                            .name())
                    .isEqualTo("RELEASING");
        }

        /** 622 characters: a multi-part SMS, longer than the 500 the contract once kept. */
        static final String LONG_REASON =
                ("Half of the 50 bags were soaked by rain on the truck and the maize is mouldy, "
                                + "the rest weigh 80 kg not 90 kg as agreed. ")
                        .repeat(6)
                        .substring(0, 622);

        @Test
        void givenDisputeWithAFourPartReason_whenTexted_thenTheDisputeOpensWithTheWholeReason() {
            EscrowPayment payment = new EscrowScenario(app).activeContractWithLockedPayment();
            assertThat(LONG_REASON).hasSize(622);
            sms(BUYER, "DISPUTE-" + payment.contractId() + " " + LONG_REASON);
            assertThat(app.queries.get(payment.contractId()).status()).isEqualTo(ContractStatus.DISPUTED);
            assertThat(app.queries.get(payment.contractId()).fulfilment().dispute())
                    .hasValueSatisfying(d -> assertThat(d.reason()).isEqualTo(LONG_REASON.strip()));
            assertThat(repliesTo(BUYER)).noneMatch(t -> t.contains("at most"));
        }

        @Test
        void givenDisputeWithLineBreaksAndBidiCharacters_whenTexted_thenOpenedWithTheReasonCleanedNotRefused() {
            EscrowPayment payment = new EscrowScenario(app).activeContractWithLockedPayment();
            sms(BUYER, "DISPUTE-" + payment.contractId() + " wet maize\nand\u202E mould\u0000");
            assertThat(app.queries.get(payment.contractId()).status()).isEqualTo(ContractStatus.DISPUTED);
            assertThat(app.queries.get(payment.contractId()).fulfilment().dispute())
                    .hasValueSatisfying(d -> assertThat(d.reason()).isEqualTo("wet maize and mould"));
        }

        @Test
        void givenDisputeLongerThanAReasonIsKept_whenTexted_thenOpenedWithTheReasonShortened_andTheWholeTextLogged() {
            EscrowPayment payment = new EscrowScenario(app).activeContractWithLockedPayment();
            String text = "DISPUTE-" + payment.contractId() + " " + LONG_REASON.repeat(4);
            List<String> before = repliesTo(BUYER);
            app.smsCommands.handle(new InboundSms(BUYER, "40404", text, "2026-03-02", "AT-long-1", "l"));
            assertThat(app.queries.get(payment.contractId()).fulfilment().dispute())
                    .hasValueSatisfying(d -> {
                        assertThat(d.reason())
                                .hasSize(com.voicepact.domain.contract.Dispute.MAX_REASON_LENGTH)
                                .endsWith("...")
                                .startsWith(LONG_REASON.substring(0, 100));
                    });
            List<String> toBuyer = new java.util.ArrayList<>(repliesTo(BUYER));
            toBuyer.removeAll(before);
            assertThat(toBuyer)
                    .as("the disputing party gets the one dispute SMS, not also an acknowledgement")
                    .singleElement()
                    .asString()
                    .startsWith("VoicePact Dispute:");
            assertThat(repliesTo(SELLER))
                    .filteredOn(t -> t.startsWith("VoicePact Dispute:"))
                    .singleElement()
                    .satisfies(t -> {
                        assertThat(com.voicepact.domain.messaging.SmsSegments.isGsm7(t))
                                .as("no Unicode ellipsis doubling its cost")
                                .isTrue();
                        assertThat(com.voicepact.domain.messaging.SmsSegments.count(t))
                                .as("the SMS tells, the record keeps")
                                .isLessThanOrEqualTo(3);
                    });
            assertThat(app.providerEvents.findByKey("sms-in:AT-long-1"))
                    .hasValueSatisfying(e -> assertThat(e.rawBody()).isEqualTo(text));
        }

        @Test
        void givenGibberishTwice_whenTexted_thenOneHelpfulReplyNotALoop_andHelpAndStatusAnswered() {
            sms(STRANGER, "hello there");
            sms(STRANGER, "what?");
            assertThat(repliesTo(STRANGER)).hasSize(1).allMatch(t -> t.contains("Reply HELP"));
            sms(BUYER, "HELP");
            assertThat(repliesTo(BUYER)).anyMatch(t -> t.startsWith("VoicePact commands:"));
            ContractId id =
                    app.create.create(CreateContractCommands.maizeDeal()).id();
            app.languages.choose(SELLER, Language.SW);
            sms(SELLER, "STATUS-" + id);
            assertThat(repliesTo(SELLER))
                    .anyMatch(
                            t -> t.equals("VoicePact " + id + ": inasubiri. Bidhaa: Maize. Thamani: KES 175,000.00."));
        }

        @Test
        void givenSentSms_whenDeliveryReportArrives_thenLogFollowsIt() {
            app.create.create(CreateContractCommands.maizeDeal());
            app.dispatcher.dispatchDue();
            var entry = app.smsLog.forRecipient(BUYER.e164()).get(0);
            assertThat(entry.type()).isEqualTo("summary");
            assertThat(entry.status()).isEqualTo("sent");
            assertThat(entry.contractId()).isEqualTo("AG-2026-000001");
            assertThat(app.deliveryReports.handle(
                            new SmsDeliveryReport(entry.messageId(), "Success", BUYER.e164(), "63902", null, "0")))
                    .isEqualTo(DeliveryReportOutcome.APPLIED);
            assertThat(app.smsLog
                            .findByMessageId(entry.messageId())
                            .orElseThrow()
                            .status())
                    .isEqualTo("success");
            assertThat(app.deliveryReports.handle(
                            new SmsDeliveryReport(entry.messageId(), "Sent", BUYER.e164(), "63902", null, "0")))
                    .as("a late intermediate report")
                    .isEqualTo(DeliveryReportOutcome.OUTDATED);
            assertThat(app.smsLog
                            .findByMessageId(entry.messageId())
                            .orElseThrow()
                            .status())
                    .isEqualTo("success");
        }

        @Test
        void givenDeliveryReportBeforeTheSendIsLogged_whenTheSendIsLogged_thenTheSmsIsDelivered() {
            app.create.create(CreateContractCommands.maizeDeal());
            app.sms.reportEachSendBeforeAnswering(report ->
                    assertThat(app.deliveryReports.handle(report)).isEqualTo(DeliveryReportOutcome.KEPT_UNTIL_LOGGED));
            app.dispatcher.dispatchDue();
            assertThat(app.smsLog.forRecipient(BUYER.e164())).isNotEmpty().allSatisfy(e -> {
                assertThat(e.status()).isEqualTo("success");
                assertThat(e.deliveredAt()).isNotNull();
            });
        }
    }
}
