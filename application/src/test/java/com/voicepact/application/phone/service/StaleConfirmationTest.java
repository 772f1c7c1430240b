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
import com.voicepact.application.phone.port.in.UssdRequest;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.messaging.Language;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A YES answers the terms the party saw: by SMS, those in force when AT received it (its {@code date}); on USSD, those
 * the contract's screen showed. A YES on terms corrected since records nothing and shows the new terms; a NO counts.
 */
class StaleConfirmationTest {

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

    /** The seller corrects the price at 08:01Z; the clock then reads 08:02Z. */
    private void sellerCorrectsThePriceAtOneMinutePast() {
        app.clock.advance(Duration.ofMinutes(1));
        assertThat(sms(SELLER, "PRICE-" + id + " 3200", "2026-03-02 08:01:00")).isEqualTo(InboundSmsOutcome.APPLIED);
        app.clock.advance(Duration.ofMinutes(1));
    }

    @Test
    void givenAYesSentBeforeTheCorrection_whenItArrivesAfterIt_thenNothingIsRecorded_andTheTexterGetsTheNewTerms() {
        sellerCorrectsThePriceAtOneMinutePast();

        assertThat(sms(BUYER, "YES-" + id, "2026-03-02 08:00:30")).isEqualTo(InboundSmsOutcome.REFUSED);

        assertThat(app.queries.get(id).agreement().confirmations()).isEmpty();
        assertThat(textsTo(BUYER))
                .contains("VoicePact: The terms of " + id
                        + " changed after you sent YES: Maize (50 bags), total KES 160,000.00, due 2026-03-20."
                        + " Reply YES-" + id + "-2 to agree to the new terms.");
    }

    @Test
    void givenAYesSentAfterTheCorrection_whenItArrives_thenItConfirmsTheNewTerms() {
        sellerCorrectsThePriceAtOneMinutePast();

        assertThat(sms(BUYER, "YES-" + id + "-2", "2026-03-02T08:01:30.123Z")).isEqualTo(InboundSmsOutcome.APPLIED);

        assertThat(app.queries.get(id).agreement().hasConfirmed(BUYER)).isTrue();
    }

    @Test
    void givenAYesWithoutAReadableDate_whenItArrivesAfterTheCorrection_thenItIsJudgedAtItsArrival() {
        sellerCorrectsThePriceAtOneMinutePast();

        for (String date : new String[] {null, "None", "", "yesterday at noon", "2026-13-45 99:00:00"}) {
            assertThat(sms(BUYER, "YES-" + id + "-2", date))
                    .as(String.valueOf(date))
                    .isEqualTo(InboundSmsOutcome.APPLIED);
        }
        assertThat(app.queries.get(id).agreement().hasConfirmed(BUYER)).isTrue();
    }

    @Test
    void givenAnAtDateWithAnOffset_whenBeforeTheCorrection_thenTheOffsetIsApplied() {
        sellerCorrectsThePriceAtOneMinutePast();

        assertThat(sms(BUYER, "YES-" + id, "2026-03-02T11:00:59+03:00"))
                .as("08:00:59Z, before the change at 08:01Z")
                .isEqualTo(InboundSmsOutcome.REFUSED);
        assertThat(sms(BUYER, "YES-" + id + "-2", "2026-03-02T11:00:59+03:00"))
                .as("naming the new version does not make a YES sent before the change count")
                .isEqualTo(InboundSmsOutcome.REFUSED);
        assertThat(sms(BUYER, "YES-" + id + "-2", "2026-03-02T11:01:01+03:00")).isEqualTo(InboundSmsOutcome.APPLIED);
    }

    @Test
    void givenANoSentBeforeTheCorrection_whenItArrivesAfterIt_thenItStillDeclines() {
        sellerCorrectsThePriceAtOneMinutePast();

        assertThat(sms(BUYER, "NO-" + id, "2026-03-02 08:00:30")).isEqualTo(InboundSmsOutcome.APPLIED);

        assertThat(app.queries.get(id).status()).isEqualTo(ContractStatus.CANCELLED);
    }

    @Test
    void givenASwahiliTexter_whenTheirYesIsStale_thenTheReplyIsInSwahili() {
        app.languages.choose(BUYER, Language.SW);
        sellerCorrectsThePriceAtOneMinutePast();

        sms(BUYER, "ndiyo " + id, "2026-03-02 08:00:30");

        assertThat(textsTo(BUYER))
                .anyMatch(t -> t.startsWith("VoicePact: Masharti ya " + id + " yalibadilika baada ya kutuma YES")
                        && t.contains("jumla KES 160,000.00")
                        && t.endsWith("Jibu YES-" + id + "-2 kukubali masharti mapya."));
    }

    @Test
    void givenTheUssdContractScreen_whenTheTermsChangeBeforeConfirmIsPressed_thenTheNewTermsAreShownAndAskedAgain() {
        for (String text : new String[] {"", "1", "1*1"}) {
            app.ussd.handle(new UssdRequest("U1", "*384*123#", BUYER, "63902", text));
        }
        sellerCorrectsThePriceAtOneMinutePast();

        String again = app.ussd.handle(new UssdRequest("U1", "*384*123#", BUYER, "63902", "1*1*1"));

        assertThat(again)
                .startsWith("CON The terms changed since you saw them.")
                .contains("160,000");
        assertThat(app.queries.get(id).agreement().confirmations()).isEmpty();
        String done = app.ussd.handle(new UssdRequest("U1", "*384*123#", BUYER, "63902", "1*1*1*1"));
        assertThat(done).startsWith("END ");
        assertThat(app.queries.get(id).agreement().hasConfirmed(BUYER)).isTrue();
    }

    @Test
    void givenTheUssdContractScreen_whenNothingChangedBeforeConfirm_thenTheYesCounts() {
        for (String text : new String[] {"", "1", "1*1"}) {
            app.ussd.handle(new UssdRequest("U1", "*384*123#", BUYER, "63902", text));
        }

        app.ussd.handle(new UssdRequest("U1", "*384*123#", BUYER, "63902", "1*1*1"));

        assertThat(app.queries.get(id).agreement().hasConfirmed(BUYER)).isTrue();
    }
}
