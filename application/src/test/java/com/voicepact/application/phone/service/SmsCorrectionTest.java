package com.voicepact.application.phone.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static com.voicepact.domain.testdata.ContractBuilder.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.contract.port.in.ContractDecisionCommand;
import com.voicepact.application.fakes.CreateContractCommands;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.OutboxTexts;
import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.phone.port.in.InboundSms;
import com.voicepact.application.phone.port.in.InboundSmsOutcome;
import com.voicepact.application.phone.port.in.UssdRequest;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.messaging.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Correcting a term by SMS on the real use cases with in-memory ports: carried out once, or refused in the texter's words. */
class SmsCorrectionTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final AtomicInteger ids = new AtomicInteger();
    private final ContractId id =
            app.create.create(CreateContractCommands.maizeDeal()).id(); // 50 bags x KES 3,500

    private InboundSmsOutcome sms(PhoneNumber from, String text) {
        return sms(from, text, "in-" + ids.incrementAndGet());
    }

    private InboundSmsOutcome sms(PhoneNumber from, String text, String messageId) {
        return app.smsCommands.handle(new InboundSms(from, "40404", text, "2026-03-02", messageId, "link"));
    }

    private List<String> textsTo(PhoneNumber phone) {
        return app.outbox.pending().stream()
                .filter(m -> m.kind() == OutboxMessage.Kind.SMS)
                .filter(m -> OutboxTexts.to(m).equals(phone.e164()))
                .map(OutboxTexts::text)
                .toList();
    }

    private long amendmentsAudited() {
        return app.auditLog.forSubject(id.value()).stream()
                .filter(e -> e.record().action().equals(AuditAction.TERMS_AMENDED.stored()))
                .count();
    }

    @Test
    void givenAWrongPrice_whenTheSellerTextsTheRightOne_thenBothGetTheNewSummary_andAnOldYesNoLongerCounts() {
        assertThat(sms(BUYER, "YES-" + id)).isEqualTo(InboundSmsOutcome.APPLIED);

        assertThat(sms(SELLER, "Price " + id + " Ksh 3,200")).isEqualTo(InboundSmsOutcome.APPLIED);

        for (PhoneNumber party : List.of(BUYER, SELLER)) {
            assertThat(textsTo(party))
                    .filteredOn(t -> t.contains("changed the price"))
                    .singleElement()
                    .satisfies(t -> assertThat(t).contains("KES 3,500.00 -> KES 3,200.00", "Total: KES 160,000.00"));
        }
        assertThat(textsTo(SELLER)).noneMatch(t -> t.startsWith("VoicePact: You"));
        sms(SELLER, "YES-" + id + "-2");
        assertThat(app.queries.get(id).status())
                .as("the buyer's YES was on the old price")
                .isEqualTo(ContractStatus.PENDING);
        sms(BUYER, "ndiyo " + id + " 2");
        Contract confirmed = app.queries.get(id);
        assertThat(confirmed.status()).isEqualTo(ContractStatus.CONFIRMED);
        assertThat(confirmed.agreement().terms().total()).isEqualTo(Money.of("160000", CurrencyCode.KES));
    }

    @Test
    void givenTheSameMessageDeliveredTwice_whenHandled_thenTheTermsChangeOnce() {
        assertThat(sms(SELLER, "QTY-" + id + " 40", "at-1")).isEqualTo(InboundSmsOutcome.APPLIED);
        long version = app.queries.get(id).version();
        int texts = app.outbox.pending().size();

        assertThat(sms(SELLER, "QTY-" + id + " 40", "at-1")).isEqualTo(InboundSmsOutcome.DUPLICATE);

        assertThat(app.queries.get(id).version()).isEqualTo(version);
        assertThat(app.outbox.pending()).hasSize(texts);
        assertThat(amendmentsAudited()).isEqualTo(1);
    }

    @Test
    void givenTheValueAgainInANewMessage_whenHandled_thenToldItIsAlreadySo_andNothingChanges() {
        sms(BUYER, "PLACE-" + id + " Kitale");
        long version = app.queries.get(id).version();
        assertThat(sms(BUYER, "place " + id + " kitale")).isEqualTo(InboundSmsOutcome.ANSWERED);
        assertThat(textsTo(BUYER))
                .contains("VoicePact: The place of " + id + " is already Kitale; nothing was changed.");
        assertThat(app.queries.get(id).version()).isEqualTo(version);
        assertThat(amendmentsAudited()).isEqualTo(1);
    }

    @Test
    void givenAnUnreadableValue_whenTexted_thenTheFormIsShown_inTheTextersLanguage() {
        app.languages.choose(SELLER, Language.SW);
        assertThat(sms(SELLER, "BEI " + id + " elfu tatu")).isEqualTo(InboundSmsOutcome.REFUSED);
        assertThat(sms(BUYER, "DATE-" + id)).isEqualTo(InboundSmsOutcome.REFUSED);
        assertThat(textsTo(SELLER))
                .contains("VoicePact: " + id + " haukubadilishwa: \"elfu tatu\" si bei sahihi. Andika hivi: PRICE-" + id
                        + " 250");
        assertThat(textsTo(BUYER))
                .contains("VoicePact: Send the new date after the contract number, like this: DATE-" + id
                        + " 2026-12-20");
        assertThat(amendmentsAudited()).isZero();
    }

    @Test
    void givenAConfirmedContract_whenATermIsTexted_thenToldItCanNoLongerChange() {
        app.decisions.confirm(ContractDecisionCommand.fromParty(id, BUYER, Channel.SMS));
        app.decisions.confirm(ContractDecisionCommand.fromParty(id, SELLER, Channel.SMS));
        assertThat(sms(SELLER, "PRICE-" + id + " 3200")).isEqualTo(InboundSmsOutcome.REFUSED);
        assertThat(textsTo(SELLER))
                .contains("VoicePact: The terms of " + id + " can no longer be changed: it is confirmed.");
        assertThat(app.queries.get(id).agreement().terms().total()).isEqualTo(Money.of("175000", CurrencyCode.KES));
    }

    @Test
    void givenAValueThatDoesNotFitTheContract_whenTexted_thenTheReason() {
        assertThat(sms(SELLER, "PRICE-" + id + " UGX 3200")).isEqualTo(InboundSmsOutcome.REFUSED);
        assertThat(sms(SELLER, "DATE-" + id + " 01/03/2026")).isEqualTo(InboundSmsOutcome.REFUSED);
        assertThat(textsTo(SELLER))
                .contains("VoicePact: " + id + " was not changed: its price is in KES, not as in \"UGX 3200\"."
                        + " Send the price in KES, like this: PRICE-" + id + " 250")
                .anyMatch(t -> t.contains("in the past"));
        assertThat(app.queries.get(id).agreement().terms().deliveryDeadline()).isEqualTo(LocalDate.parse("2026-03-20"));
    }

    @Test
    void givenAStrangerOrAnIdThatIsNoContract_whenATermIsTexted_thenNothingChanges_andTheAttemptIsAudited() {
        assertThat(sms(STRANGER, "PRICE-" + id + " 1")).isEqualTo(InboundSmsOutcome.NOT_A_PARTY);
        assertThat(sms(SELLER, "PRICE-AG-2026-000999 3200")).isEqualTo(InboundSmsOutcome.NOT_A_PARTY);
        assertThat(textsTo(STRANGER)).anyMatch(t -> t.contains("not a party to contract " + id));
        assertThat(app.auditLog.forSubject(id.value()))
                .anyMatch(e -> e.record().action().equals(AuditAction.SMS_COMMAND_REFUSED.stored())
                        && e.record().details().startsWith("PRICE"));
        assertThat(app.queries.get(id).agreement().terms().total()).isEqualTo(Money.of("175000", CurrencyCode.KES));
    }

    @Test
    void givenHelp_whenAsked_thenTheCorrectionsAreListed() {
        sms(BUYER, "HELP");
        assertThat(textsTo(BUYER)).anyMatch(t -> t.contains("PRICE-<id> <price>") && t.contains("QTY-"));
    }

    @Test
    void givenTheUssdChangeTermsScreen_whenTheBuyerChangesTheQuantity_thenTheSameUseCase_andBothGetTheNewSummary() {
        app.decisions.confirm(ContractDecisionCommand.fromParty(id, SELLER, Channel.SMS));
        String[] hops = {"", "1", "1*1", "1*1*3", "1*1*3*2", "1*1*3*2*40"};
        for (String text : hops) {
            app.ussd.handle(new UssdRequest("U1", "*384*123#", BUYER, "63902", text));
        }
        String done = app.ussd.handle(new UssdRequest("U1", "*384*123#", BUYER, "63902", "1*1*3*2*40*1"));
        assertThat(done).startsWith("END The quantity of " + id + " is now 40 bags.");
        Contract amended = app.queries.get(id);
        assertThat(amended.agreement().terms().total()).isEqualTo(Money.of("140000", CurrencyCode.KES));
        assertThat(amended.agreement().confirmations())
                .as("the seller's YES was on 50 bags")
                .isEmpty();
        assertThat(textsTo(SELLER))
                .anyMatch(t -> t.startsWith(
                        "VoicePact: the buyer (Amina) changed the quantity of " + id + ": 50 bags -> 40 bags."));
        assertThat(app.auditLog.forSubject(id.value()))
                .anyMatch(e -> e.record().action().equals(AuditAction.TERMS_AMENDED.stored())
                        && e.record().details().contains("channel=ussd"));
    }
}
