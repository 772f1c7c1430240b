package com.voicepact.sandbox.africastalking;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.sandbox.africastalking.JourneyGuide.Step;
import org.junit.jupiter.api.Test;

class JourneyGuideTest {

    private static final String BUYER = "+254712345678";
    private static final String SELLER = "+254722000111";
    private static final String ID = "AG-2026-000001";
    private final JourneyGuide guide = new JourneyGuide();

    private static String summary(String id) {
        return "VoicePact Contract Summary:\nID: " + id + "\nProduct: Maize (3 bags)\nTotal: KES 9,000.00, Due: "
                + "2027-12-20\nReply YES-" + id + " to confirm or NO-" + id + " to decline";
    }

    @Test
    void givenTheReadmeJourney_whenTheSandboxSeesEachStep_thenEachStepIsTickedInTurn() {
        assertThat(guide.progress().contractId()).isNull();
        assertThat(guide.received(BUYER, summary(ID))).isTrue();
        assertThat(guide.received(SELLER, summary(ID))).isTrue();
        assertThat(guide.progress().steps()).containsEntry(Step.CREATED, true).containsEntry(Step.CONFIRMED, false);
        assertThat(guide.progress().parties()).containsExactly(BUYER, SELLER);

        assertThat(guide.sent(BUYER, "yes ag-2026-000001")).isTrue();
        assertThat(guide.progress().steps()).containsEntry(Step.CONFIRMED, false);
        assertThat(guide.ussd(SELLER, "CON 1. Confirm\n2. Decline")).isFalse();
        assertThat(guide.ussd(SELLER, "END Contract " + ID + " confirmed.\nThank you!"))
                .isTrue();
        assertThat(guide.progress().confirmedBy()).containsExactly(BUYER, SELLER);
        assertThat(guide.progress().steps()).containsEntry(Step.CONFIRMED, true);

        guide.received(BUYER, "VoicePact Escrow Funded:\nContract: " + ID + "\nHeld: KES 9,000.00\n...");
        guide.received(BUYER, "VoicePact Delivery Alert:\nContract: " + ID + "\nType: full");
        guide.sent(BUYER, "ACCEPT-" + ID);
        assertThat(guide.progress().steps()).containsEntry(Step.ACCEPTED, true).containsEntry(Step.RELEASED, false);
        assertThat(guide.received(SELLER, "VoicePact Payment Released:\nContract: " + ID + "\nAmount: KES 9,000.00"))
                .isTrue();

        assertThat(guide.progress().steps())
                .allSatisfy((step, done) -> assertThat(done).as(step.name()).isTrue());
    }

    @Test
    void givenAKiswahiliSeller_whenSheConfirmsAndIsPaid_thenHerTextsTickTheSameSteps() {
        guide.received(BUYER, summary(ID));
        guide.received(SELLER, "VoicePact Muhtasari wa Mkataba:\nNambari: " + ID + "\nBidhaa: Maize");
        guide.sent(BUYER, "YES-" + ID);
        guide.sent(SELLER, "ndiyo " + ID);
        guide.received(SELLER, "VoicePact Malipo Yamekamilika:\nMkataba: " + ID);
        guide.received(SELLER, "VoicePact Malipo Yametolewa:\nMkataba: " + ID);

        assertThat(guide.progress().steps())
                .containsEntry(Step.CONFIRMED, true)
                .containsEntry(Step.PAID, true)
                .containsEntry(Step.RELEASED, true);
    }

    @Test
    void givenAJourneyUnderWay_whenAnotherContractsTextsArrive_thenTheyChangeNothingUntilThisOneIsPaidOut() {
        guide.received(BUYER, summary(ID));
        assertThat(guide.received(BUYER, summary("AG-2026-000002"))).isFalse();
        assertThat(guide.sent(BUYER, "YES-AG-2026-000002")).isFalse();
        assertThat(guide.received(BUYER, "VoicePact Escrow Funded:\nContract: AG-2026-000002"))
                .isFalse();
        assertThat(guide.sent(BUYER, "STATUS-" + ID)).isFalse();
        assertThat(guide.received(BUYER, "VoicePact: Message not understood.")).isFalse();
        assertThat(guide.progress().contractId()).isEqualTo(ID);

        guide.received(SELLER, "VoicePact Payment Released:\nContract: " + ID);
        assertThat(guide.received(BUYER, summary("AG-2026-000003"))).isTrue();
        assertThat(guide.progress().contractId()).isEqualTo("AG-2026-000003");
        assertThat(guide.progress().steps()).containsEntry(Step.CREATED, true).containsEntry(Step.RELEASED, false);
    }

    /** README's "Try it with curl" confirms through the operator API: only the service's SMS to the parties tells. */
    @Test
    void givenPartiesConfirmedThroughTheOperatorApi_whenTheConfirmedSmsArrives_thenStepTwoIsTickedForEveryParty() {
        guide.received(BUYER, summary(ID));
        guide.received(SELLER, summary(ID));

        assertThat(guide.received(
                        BUYER,
                        "VoicePact: Contract " + ID + " is confirmed by all parties, total KES "
                                + "9,000.00. The buyer's payment will be held in escrow until delivery is accepted."))
                .isTrue();
        assertThat(guide.received(
                        SELLER, "VoicePact: Mkataba " + ID + " umekubaliwa na pande zote, jumla KES 9,000.00."))
                .isFalse();
        assertThat(guide.progress().steps()).containsEntry(Step.CONFIRMED, true);
        assertThat(guide.progress().confirmedBy()).containsExactly(BUYER, SELLER);
        assertThat(guide.received(
                        BUYER, "VoicePact: Contract AG-2026-000002 is confirmed by all parties, total KES 1."))
                .isFalse();
    }

    @Test
    void givenAKiswahiliParty_whenOnlyHerConfirmedSmsArrives_thenStepTwoIsTicked() {
        guide.received(BUYER, summary(ID));
        guide.received(SELLER, summary(ID));

        guide.received(SELLER, "VoicePact: Mkataba " + ID + " umekubaliwa na pande zote, jumla KES 9,000.00.");

        assertThat(guide.progress().steps()).containsEntry(Step.CONFIRMED, true);
    }
}
