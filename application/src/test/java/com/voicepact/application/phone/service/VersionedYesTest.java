package com.voicepact.application.phone.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.fakes.CreateContractCommands;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.OutboxTexts;
import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.phone.port.in.InboundSms;
import com.voicepact.application.phone.port.in.InboundSmsOutcome;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.messaging.Language;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Once the terms changed, a YES by SMS names the version it agrees to ({@code YES-<id>-<n>}, the reply the new summary
 * asks for). The fresh tester's hole: the seller texts a price ten times higher, the buyer, still looking at the old
 * summary, replies a plain {@code YES-<id>} after the change; it must not bind them to a total they never saw.
 */
class VersionedYesTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final AtomicInteger ids = new AtomicInteger();
    private final ContractId id =
            app.create.create(CreateContractCommands.maizeDeal()).id(); // 50 bags x KES 3,500, at 08:00Z

    private InboundSmsOutcome sms(PhoneNumber from, String text, String atDate) {
        return app.smsCommands.handle(
                new InboundSms(from, "40404", text, atDate, "in-" + ids.incrementAndGet(), "link"));
    }

    private List<String> textsTo(PhoneNumber phone) {
        return app.outbox.pending().stream()
                .filter(m -> m.kind() == OutboxMessage.Kind.SMS)
                .filter(m -> OutboxTexts.to(m).equals(phone.e164()))
                .map(OutboxTexts::text)
                .toList();
    }

    /** The seller texts a price ten times the agreed one at 08:01Z; the clock then reads 08:02Z. */
    private void sellerTextsATenfoldPrice() {
        app.clock.advance(Duration.ofMinutes(1));
        assertThat(sms(SELLER, "PRICE-" + id + " 35000", "2026-03-02 08:01:00")).isEqualTo(InboundSmsOutcome.APPLIED);
        app.clock.advance(Duration.ofMinutes(1));
    }

    @Test
    void givenATenfoldPrice_whenTheBuyerRepliesAPlainYesAfterTheChange_thenNothingCounts_untilTheyNameTheNewVersion() {
        sellerTextsATenfoldPrice();
        assertThat(textsTo(BUYER))
                .filteredOn(t -> t.contains("changed the price"))
                .singleElement()
                .satisfies(t -> assertThat(t)
                        .contains("Total: KES 1,750,000.00")
                        .contains("Reply YES-" + id + "-2 to confirm or NO-" + id + " to decline"));

        assertThat(sms(BUYER, "YES-" + id, "2026-03-02 08:01:30")).isEqualTo(InboundSmsOutcome.REFUSED);

        assertThat(app.queries.get(id).agreement().confirmations()).isEmpty();
        assertThat(textsTo(BUYER))
                .contains("VoicePact: Your YES was not counted: the terms of " + id + " changed to version 2:"
                        + " Maize (50 bags), total KES 1,750,000.00, due 2026-03-20."
                        + " To agree to these terms reply YES-" + id + "-2");

        assertThat(sms(BUYER, "YES-" + id + "-2", "2026-03-02 08:02:30")).isEqualTo(InboundSmsOutcome.APPLIED);

        assertThat(app.queries.get(id).agreement().hasConfirmed(BUYER)).isTrue();
        assertThat(textsTo(BUYER))
                .contains("VoicePact: You confirmed contract " + id + ", total KES 1,750,000.00."
                        + " Waiting for the other parties.");

        assertThat(sms(SELLER, "yes " + id + " 2", "2026-03-02 08:02:40")).isEqualTo(InboundSmsOutcome.APPLIED);
        assertThat(app.queries.get(id).status()).isEqualTo(ContractStatus.CONFIRMED);
        for (PhoneNumber party : List.of(BUYER, SELLER)) {
            assertThat(textsTo(party))
                    .anyMatch(t -> t.startsWith(
                            "VoicePact: Contract " + id + " is confirmed by all parties, total KES 1,750,000.00."));
        }
    }

    @Test
    void givenTwoChanges_whenAYesNamesTheFirstChange_thenRefusedWithTheCurrentReply() {
        sellerTextsATenfoldPrice();
        assertThat(sms(SELLER, "PRICE-" + id + " 3500", "2026-03-02 08:02:00")).isEqualTo(InboundSmsOutcome.APPLIED);

        assertThat(sms(BUYER, "YES-" + id + "-2", "2026-03-02 08:02:30")).isEqualTo(InboundSmsOutcome.REFUSED);

        assertThat(app.queries.get(id).agreement().confirmations()).isEmpty();
        assertThat(textsTo(BUYER)).anyMatch(t -> t.endsWith("reply YES-" + id + "-3"));
        assertThat(sms(BUYER, "YES-" + id + "-3", "2026-03-02 08:02:40")).isEqualTo(InboundSmsOutcome.APPLIED);
    }

    @Test
    void givenASwahiliTexter_whenTheirPlainNdiyoIsRefused_thenToldInSwahiliWhatToReply() {
        app.languages.choose(BUYER, Language.SW);
        sellerTextsATenfoldPrice();

        assertThat(sms(BUYER, "Ndiyo " + id, "2026-03-02 08:01:30")).isEqualTo(InboundSmsOutcome.REFUSED);

        assertThat(textsTo(BUYER))
                .anyMatch(t -> t.startsWith("VoicePact: YES yako haikuhesabiwa")
                        && t.contains("jumla KES 1,750,000.00")
                        && t.endsWith("jibu YES-" + id + "-2"));
        assertThat(sms(BUYER, "NDIO-" + id + "-2", "2026-03-02 08:01:40")).isEqualTo(InboundSmsOutcome.APPLIED);
    }

    @Test
    void givenChangedTerms_whenAPlainNoArrives_thenItStillDeclines() {
        sellerTextsATenfoldPrice();

        assertThat(sms(BUYER, "NO-" + id, "2026-03-02 08:01:30")).isEqualTo(InboundSmsOutcome.APPLIED);

        assertThat(app.queries.get(id).status()).isEqualTo(ContractStatus.CANCELLED);
    }

    @Test
    void givenTermsNeverChanged_whenAPlainYesOrOneNamingTheFirstVersionArrives_thenItCounts() {
        assertThat(sms(BUYER, "YES-" + id, "2026-03-02 08:00:30")).isEqualTo(InboundSmsOutcome.APPLIED);
        assertThat(sms(SELLER, "YES-" + id + "-1", "2026-03-02 08:00:40")).isEqualTo(InboundSmsOutcome.APPLIED);

        assertThat(app.queries.get(id).status()).isEqualTo(ContractStatus.CONFIRMED);
        assertThat(textsTo(BUYER))
                .anyMatch(t -> t.startsWith(
                        "VoicePact: Contract " + id + " is confirmed by all parties, total KES 175,000.00."));
    }

    @Test
    void givenTermsNeverChanged_whenAYesNamesAVersionThatDoesNotExist_thenRefused_andToldThePlainReply() {
        assertThat(sms(BUYER, "YES-" + id + "-2", "2026-03-02 08:00:30")).isEqualTo(InboundSmsOutcome.REFUSED);

        assertThat(app.queries.get(id).agreement().confirmations()).isEmpty();
        assertThat(textsTo(BUYER))
                .contains("VoicePact: Your YES was not counted: the terms of " + id + " have not changed:"
                        + " Maize (50 bags), total KES 175,000.00, due 2026-03-20. To agree to them reply YES-" + id);
    }
}
