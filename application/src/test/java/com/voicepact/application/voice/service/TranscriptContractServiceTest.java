package com.voicepact.application.voice.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.OutboxTexts;
import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.voice.port.in.DraftFromTranscriptCommand;
import com.voicepact.application.voice.port.in.TranscriptDraft;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.contract.TermCorrection;
import com.voicepact.domain.contract.TermMarks;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptContractServiceTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final List<Party> parties =
            List.of(Party.of(BUYER, PartyRole.BUYER, "Amina"), Party.of(SELLER, PartyRole.SELLER, "Juma"));

    private TranscriptDraft draft(String transcript) {
        return app.transcripts.draft(new DraftFromTranscriptCommand(
                transcript,
                parties,
                ContractType.AGRICULTURAL_SUPPLY,
                LocalDate.parse("2026-03-02"),
                Actor.system("voice")));
    }

    private List<String> smsTo(String phone) {
        return app.outbox.pending().stream()
                .filter(m -> m.kind() == OutboxMessage.Kind.SMS)
                .filter(m -> OutboxTexts.to(m).equals(phone))
                .map(m -> OutboxTexts.text(m))
                .toList();
    }

    @Test
    void givenCompleteNegotiation_whenDrafted_thenAPendingContractWithTheTranscriptAndEveryPartyGetsTheSummary() {
        TranscriptDraft draft =
                draft("okay so i am selling you 100 bags of maize at 3500 shillings per bag and you will pick them "
                        + "at nakuru depot by april 15");
        assertThat(draft.created()).isTrue();
        assertThat(draft.contract().status()).isEqualTo(ContractStatus.PENDING);
        assertThat(draft.contract().agreement().terms().total().amount()).isEqualByComparingTo("350000");
        assertThat(draft.contract().agreement().terms().deliveryLocation()).isEqualTo("Nakuru");
        assertThat(draft.contract().agreement().terms().deliveryDeadline()).isEqualTo(LocalDate.parse("2026-04-15"));
        assertThat(draft.contract().agreement().transcript()).startsWith("okay so i am selling you");
        assertThat(smsTo(BUYER.e164()))
                .anyMatch(t -> t.startsWith("VoicePact Contract Summary:")
                        && t.contains("YES-" + draft.contract().id()));
        assertThat(smsTo(SELLER.e164())).anyMatch(t -> t.startsWith("VoicePact Contract Summary:"));
    }

    @Test
    void givenACallBetweenUgandanPhonesSayingOnlyShillings_whenDrafted_thenAUgxContractAndTheSummarySaysUgx() {
        PhoneNumber buyer = new PhoneNumber("+256712345678");
        PhoneNumber seller = new PhoneNumber("+256772345678");
        TranscriptDraft draft = app.transcripts.draft(new DraftFromTranscriptCommand(
                "nina magunia ishirini ya maharagwe, bei ni shillings elfu tano kwa gunia, deliver to mbale kesho",
                List.of(Party.of(buyer, PartyRole.BUYER, "Nnyabo"), Party.of(seller, PartyRole.SELLER, "Okello")),
                ContractType.AGRICULTURAL_SUPPLY,
                LocalDate.parse("2026-03-02"),
                Actor.system("voice")));
        assertThat(draft.terms().currency().value()).isEqualTo("UGX");
        assertThat(draft.contract().agreement().terms().total().currency()).isEqualTo(CurrencyCode.UGX);
        assertThat(draft.contract().agreement().terms().total().amount()).isEqualByComparingTo("100000");
        assertThat(smsTo(buyer.e164()))
                .anyMatch(t -> t.startsWith("VoicePact Contract Summary:") && t.contains("UGX 100,000"));
        assertThat(smsTo(seller.e164())).anyMatch(t -> t.contains("UGX 100,000"));
    }

    @Test
    void givenACallBetweenKenyanPhonesSayingOnlyShillings_whenDrafted_thenKesInTheSummary() {
        TranscriptDraft draft = draft("10 bags of beans at 5000 shillings per bag, deliver to Thika kesho");
        assertThat(draft.contract().agreement().terms().total().currency()).isEqualTo(CurrencyCode.KES);
        assertThat(smsTo(BUYER.e164())).anyMatch(t -> t.contains("KES 50,000"));
    }

    @Test
    void givenNoPriceHeard_whenDrafted_thenADraftUnderAReservedIdAndThePartiesAreAskedForThePriceBySms() {
        TranscriptDraft draft = draft("nitakuuzia magunia mia moja ya mahindi, tutaongea kuhusu bei kesho");
        assertThat(draft.created()).isFalse();
        assertThat(draft.missing()).containsExactly("price");
        assertThat(draft.draft()).isNotNull();
        assertThat(app.contractDrafts.findById(draft.draft()).orElseThrow().missing())
                .containsExactly("price");
        assertThat(app.queries
                        .list(new com.voicepact.application.contract.port.shared.ContractSearch(null, null, 10, 0))
                        .total())
                .isZero();
        assertThat(smsTo(BUYER.e164()))
                .singleElement()
                .satisfies(t -> assertThat(t)
                        .contains("draft " + draft.draft() + " but we did not hear the price")
                        .endsWith("No need to call again: reply PRICE-" + draft.draft() + " <price>"));
        assertThat(smsTo(SELLER.e164()))
                .singleElement()
                .satisfies(t -> assertThat(t).contains("PRICE-" + draft.draft()));
    }

    @Test
    void givenATotalThatDoesNotDivideEvenly_whenDrafted_thenTheSaidTotalIsKept() {
        TranscriptDraft draft = draft("3 bags of beans, total is 1000 shillings, deliver to Thika kesho");
        assertThat(draft.contract().agreement().terms().total().amount()).isEqualByComparingTo("1000");
        assertThat(draft.contract().agreement().terms().unitPrice()).isNull();
    }

    @Test
    void givenAPlaceOnlyGuessed_whenDrafted_thenTheContractRemembersItAndTheSummaryMarksIt() {
        TranscriptDraft draft = draft("100 bags of maize at 3500 shillings per bag, we meet in Kwamboo");
        assertThat(draft.contract().agreement().terms().deliveryLocation()).isEqualTo("Kwamboo");
        assertThat(draft.contract().agreement().uncertain()).isEqualTo(TermMarks.of(TermCorrection.Field.PLACE));
        assertThat(app.contracts
                        .findById(draft.contract().id())
                        .orElseThrow()
                        .agreement()
                        .uncertain())
                .isEqualTo(TermMarks.of(TermCorrection.Field.PLACE));
        assertThat(smsTo(SELLER.e164()))
                .singleElement()
                .satisfies(t -> assertThat(t)
                        .endsWith("Not sure of: place (Kwamboo). Wrong? Reply PLACE-"
                                + draft.contract().id() + " <place>"));
    }

    @Test
    void givenEveryTermHeardClearly_whenDrafted_thenNothingMarked() {
        TranscriptDraft draft = draft("100 bags of maize at 3500 shillings per bag, deliver to Nakuru");
        assertThat(draft.contract().agreement().uncertain().isEmpty()).isTrue();
        assertThat(smsTo(BUYER.e164()))
                .singleElement()
                .satisfies(t -> assertThat(t).doesNotContain("?"));
    }
}
