package com.voicepact.application.voice.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static com.voicepact.domain.testdata.ContractBuilder.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.OutboxTexts;
import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.phone.port.in.InboundSms;
import com.voicepact.application.phone.port.in.InboundSmsOutcome;
import com.voicepact.application.voice.port.in.DraftFromTranscriptCommand;
import com.voicepact.application.voice.port.in.DraftTermAnswer;
import com.voicepact.application.voice.port.in.DraftTermAnswer.Outcome;
import com.voicepact.application.voice.port.in.SendDraftTermCommand;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.contract.TermCorrection.Field;
import com.voicepact.domain.contract.TermMarks;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.messaging.SmsTemplates;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendDraftTermServiceTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();

    /** A call where everything but the price was said (the place only guessed); answers the draft's id. */
    private ContractId draftWithoutPrice(String transcript) {
        return app.transcripts
                .draft(new DraftFromTranscriptCommand(
                        transcript,
                        List.of(Party.of(BUYER, PartyRole.BUYER, "Amina"), Party.of(SELLER, PartyRole.SELLER, "Juma")),
                        ContractType.AGRICULTURAL_SUPPLY,
                        LocalDate.parse("2026-03-02"),
                        Actor.system("voice")))
                .draft();
    }

    private DraftTermAnswer send(ContractId id, PhoneNumber from, Field field, String value) {
        return app.draftTerms
                .send(new SendDraftTermCommand(id, from, field, value))
                .orElseThrow();
    }

    private static String reply(DraftTermAnswer answer) {
        return answer.reply().apply(SmsTemplates.in(Language.EN));
    }

    private long summariesTo(PhoneNumber phone, ContractId id) {
        return app.outbox.pending().stream()
                .filter(m -> m.kind() == OutboxMessage.Kind.SMS)
                .filter(m -> OutboxTexts.to(m).equals(phone.e164()))
                .map(OutboxTexts::text)
                .filter(t -> t.startsWith("VoicePact Contract Summary:") && t.contains("YES-" + id))
                .count();
    }

    @Test
    void givenADraftWithoutPrice_whenAPartySendsIt_thenThePendingContractHasTheDraftsIdAndEveryPartyItsSummary() {
        ContractId id = draftWithoutPrice("nitakuuzia magunia mia moja ya mahindi, tutaongea kuhusu bei kesho");
        DraftTermAnswer answer = send(id, SELLER, Field.PRICE, "3,500");
        assertThat(answer.outcome()).isEqualTo(Outcome.CONTRACT_CREATED);
        assertThat(answer.reply()).isNull();
        Contract contract = app.contracts.findById(id).orElseThrow();
        assertThat(contract.status()).isEqualTo(ContractStatus.PENDING);
        assertThat(contract.agreement().terms().total().amount()).isEqualByComparingTo("350000");
        assertThat(contract.agreement().transcript()).startsWith("nitakuuzia");
        assertThat(summariesTo(BUYER, id)).isEqualTo(1);
        assertThat(summariesTo(SELLER, id)).isEqualTo(1);
        assertThat(app.contractDrafts.findById(id).orElseThrow().isCompleted()).isTrue();
        assertThat(app.auditLog.forSubject(id.value()))
                .extracting(e -> e.record().action())
                .contains("DRAFT_TERM_SENT", "CONTRACT_CREATED");
    }

    @Test
    void givenACompletedDraft_whenSentAgain_thenOneContractAndThePartyIsToldItIsOne() {
        ContractId id = draftWithoutPrice("nitakuuzia magunia mia moja ya mahindi, tutaongea kuhusu bei kesho");
        send(id, SELLER, Field.PRICE, "3500");
        DraftTermAnswer again = send(id, BUYER, Field.PRICE, "3500");
        assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_CONTRACT);
        assertThat(reply(again)).contains("already a contract");
        assertThat(app.contracts
                        .search(new com.voicepact.application.contract.port.shared.ContractSearch(null, null, 10, 0))
                        .total())
                .isEqualTo(1);
        assertThat(summariesTo(BUYER, id)).isEqualTo(1);
    }

    @Test
    void givenTwoTermsMissing_whenOneIsSent_thenKeptAndTheSenderToldWhatIsStillMissing() {
        ContractId id = draftWithoutPrice("tutaongea kuhusu mahindi kesho, bei na idadi baadaye");
        DraftTermAnswer first = send(id, BUYER, Field.QUANTITY, "80 bags");
        assertThat(first.outcome()).isEqualTo(Outcome.STILL_MISSING);
        assertThat(reply(first))
                .isEqualTo(
                        "VoicePact: Thank you. Draft " + id + " still needs the price. Reply PRICE-" + id + " <price>");
        assertThat(app.contracts.findById(id)).isEmpty();
        assertThat(send(id, SELLER, Field.PRICE, "KES 2,500").outcome()).isEqualTo(Outcome.CONTRACT_CREATED);
        assertThat(app.contracts
                        .findById(id)
                        .orElseThrow()
                        .agreement()
                        .terms()
                        .total()
                        .amount())
                .isEqualByComparingTo("200000");
    }

    @Test
    void givenAStrangerOrAnUnreadableValue_whenSent_thenNothingKept() {
        ContractId id = draftWithoutPrice("nitakuuzia magunia mia moja ya mahindi, tutaongea kuhusu bei kesho");
        assertThat(send(id, STRANGER, Field.PRICE, "3500").outcome()).isEqualTo(Outcome.NOT_A_PARTY);
        DraftTermAnswer unreadable = send(id, BUYER, Field.PRICE, "elfu tatu");
        assertThat(unreadable.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(reply(unreadable))
                .isEqualTo("VoicePact: " + id
                        + " was not changed: \"elfu tatu\" is not a price. Write it like this: PRICE-" + id + " 250");
        assertThat(app.contractDrafts.findById(id).orElseThrow().missing()).containsExactly("price");
        assertThat(app.contracts.findById(id)).isEmpty();
    }

    @Test
    void givenADraftOlderThanTheConfirmationWindow_whenCompleted_thenRefusedWithCallAgain() {
        ContractId id = draftWithoutPrice("nitakuuzia magunia mia moja ya mahindi, tutaongea kuhusu bei kesho");
        app.clock.advance(Duration.ofHours(24));
        DraftTermAnswer late = send(id, BUYER, Field.PRICE, "3500");
        assertThat(late.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(reply(late))
                .isEqualTo("VoicePact: Draft " + id
                        + " is older than 24 hours and can no longer be completed. Please call again.");
        assertThat(app.contracts.findById(id)).isEmpty();
    }

    @Test
    void givenANegativeOrForeignPriceOrNoProduct_whenSentForADraft_thenRefusedInTheTextersWords_andNothingKept() {
        ContractId id = draftWithoutPrice("nitakuuzia magunia mia moja ya mahindi, tutaongea kuhusu bei kesho");

        DraftTermAnswer negative = send(id, SELLER, Field.PRICE, "-3500");
        assertThat(negative.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(reply(negative)).contains("the price cannot be below zero (\"-3500\")");
        DraftTermAnswer dollars = send(id, SELLER, Field.PRICE, "$35");
        assertThat(dollars.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(reply(dollars)).contains("not as in \"$35\"");
        assertThat(send(id, SELLER, Field.PRODUCT, "None").outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(app.contracts.findById(id)).isEmpty();
    }

    @Test
    void givenAnIdThatIsNoDraft_whenSent_thenEmpty() {
        assertThat(app.draftTerms.send(new SendDraftTermCommand(ContractId.of(2026, 9), BUYER, Field.PRICE, "1")))
                .isEmpty();
    }

    @Test
    void givenAGuessedPlaceOnTheCall_whenTheDraftIsCompleted_thenTheContractStillMarksIt() {
        ContractId id = draftWithoutPrice("100 bags of maize, we meet in Kwamboo, bei tutaongea");
        send(id, SELLER, Field.PRICE, "3500");
        assertThat(app.contracts.findById(id).orElseThrow().agreement().uncertain())
                .isEqualTo(TermMarks.of(Field.PLACE));
    }

    @Test
    void givenADraftWithoutPrice_whenItsPriceArrivesBySmsTwiceAndFromAStranger_thenOneContractAndTheRightAnswers() {
        ContractId id = draftWithoutPrice("nitakuuzia magunia mia moja ya mahindi, tutaongea kuhusu bei kesho");
        InboundSms price = new InboundSms(SELLER, "384", "bei-" + id + " 3500", "2026-03-02", "m-1", null);
        assertThat(app.smsCommands.handle(price)).isEqualTo(InboundSmsOutcome.APPLIED);
        assertThat(app.smsCommands.handle(price)).as("AT resends it").isEqualTo(InboundSmsOutcome.DUPLICATE);
        assertThat(app.contracts.findById(id).orElseThrow().status()).isEqualTo(ContractStatus.PENDING);
        assertThat(summariesTo(SELLER, id)).isEqualTo(1);
        assertThat(app.smsCommands.handle(
                        new InboundSms(STRANGER, "384", "PRICE-" + id + " 1", "2026-03-02", "m-2", null)))
                .isEqualTo(InboundSmsOutcome.NOT_A_PARTY);
        assertThat(app.smsCommands.handle(
                        new InboundSms(BUYER, "384", "PRICE-" + id + " 3500", "2026-03-02", "m-3", null)))
                .as("the other party, after the contract was made: the contract already says it")
                .isEqualTo(InboundSmsOutcome.ANSWERED);
        assertThat(app.contracts
                        .search(new com.voicepact.application.contract.port.shared.ContractSearch(null, null, 10, 0))
                        .total())
                .isEqualTo(1);
    }

    @Test
    void givenAStrangerTextingTheIdOfSomeoneElsesDraft_whenHandled_thenTheStrangerReplyAndAnAuditedRefusal() {
        ContractId id = draftWithoutPrice("nitakuuzia magunia mia moja ya mahindi, tutaongea kuhusu bei kesho");
        assertThat(app.smsCommands.handle(
                        new InboundSms(STRANGER, "384", "PRICE-" + id + " 1", "2026-03-02", "m-9", null)))
                .isEqualTo(InboundSmsOutcome.NOT_A_PARTY);
        assertThat(app.contractDrafts.findById(id).orElseThrow().missing()).containsExactly("price");
        assertThat(app.auditLog.forSubject(id.value()))
                .extracting(e -> e.record().action())
                .containsExactly("SMS_COMMAND_REFUSED");
    }
}
