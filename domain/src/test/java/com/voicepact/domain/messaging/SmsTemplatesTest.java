package com.voicepact.domain.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.Quantity;
import com.voicepact.domain.contract.TermCorrection;
import com.voicepact.domain.messaging.SmsCommand.Verb;
import com.voicepact.domain.testdata.ContractBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SmsTemplatesTest {

    private static final ContractId ID = ContractId.of(2026, 123);

    @Test
    void givenEveryKey_whenLookedUp_thenBothLanguagesHaveIt() {
        assertThat(Catalog.SW.keySet()).containsExactlyInAnyOrderElementsOf(Catalog.EN.keySet());
    }

    @Test
    void givenContract_whenSummarised_thenTheOriginalProductsText() {
        Contract contract = ContractBuilder.aContract().withId(ID).pending();
        assertThat(SmsTemplates.in(Language.EN).contractSummary(contract)).isEqualTo("""
                VoicePact Contract Summary:
                ID: AG-2026-000123
                Product: Maize (50 bags)
                Total: KES 175,000.00, Due: 2026-03-20
                Reply YES-AG-2026-000123 to confirm or NO-AG-2026-000123 to decline""");
        assertThat(SmsTemplates.in(Language.SW).contractSummary(contract)).contains("Jibu YES-AG-2026-000123 kukubali");
    }

    private static Contract correctedTo3200() {
        Contract contract = ContractBuilder.aContract().withId(ID).pending();
        contract.amendTermsBy(
                ContractBuilder.SELLER,
                new TermCorrection.NewPrice(new BigDecimal("3200"), CurrencyCode.KES),
                ContractBuilder.T0.plusSeconds(60),
                ContractBuilder.WINDOW);
        return contract;
    }

    @Test
    void givenChangedTerms_whenSummarised_thenTheReplyNamesTheirVersion() {
        Contract contract = correctedTo3200();

        assertThat(SmsTemplates.in(Language.EN).contractSummary(contract))
                .endsWith("Reply YES-AG-2026-000123-2 to confirm or NO-AG-2026-000123 to decline");
        assertThat(SmsTemplates.in(Language.SW).contractSummary(contract))
                .contains("Jibu YES-AG-2026-000123-2 kukubali au NO-AG-2026-000123 kukataa");
        assertThat(YesReply.of(ContractBuilder.aContract().withId(ID).pending()))
                .isEqualTo("YES-AG-2026-000123");
    }

    @Test
    void givenAYesNamingNoCurrentVersion_whenAnswered_thenTheCurrentTermsAndTheExactReply() {
        Contract contract = correctedTo3200();

        assertThat(SmsTemplates.in(Language.EN).corrections().versionNotNamed(contract))
                .isEqualTo("VoicePact: Your YES was not counted: the terms of AG-2026-000123 changed to version 2:"
                        + " Maize (50 bags), total KES 160,000.00, due 2026-03-20."
                        + " To agree to these terms reply YES-AG-2026-000123-2");
        assertThat(SmsTemplates.in(Language.SW).corrections().versionNotNamed(contract))
                .contains("jumla KES 160,000.00")
                .endsWith("jibu YES-AG-2026-000123-2");
        assertThat(SmsTemplates.in(Language.EN).corrections().staleYes(contract))
                .endsWith("Reply YES-AG-2026-000123-2 to agree to the new terms.");
    }

    @Test
    void givenAYes_whenAcknowledgedAndWhenAllConfirmed_thenTheTotalAgreedIsStated() {
        Contract contract = correctedTo3200();

        assertThat(SmsTemplates.in(Language.EN).youConfirmed(contract))
                .isEqualTo("VoicePact: You confirmed contract AG-2026-000123, total KES 160,000.00."
                        + " Waiting for the other parties.");
        assertThat(SmsTemplates.in(Language.EN).confirmed(contract))
                .startsWith("VoicePact: Contract AG-2026-000123 is confirmed by all parties, total KES 160,000.00.");
        assertThat(SmsTemplates.in(Language.SW).confirmed(contract)).contains("jumla KES 160,000.00");
        assertThat(SmsTemplates.in(Language.SW).acknowledge(Verb.YES, contract)).contains("jumla KES 160,000.00");
        assertThatThrownBy(() -> SmsTemplates.in(Language.EN).acknowledge(Verb.YES, ID))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenADoubtfulPrice_whenSummarised_thenMarkedAndToldHowToCorrectIt() {
        Contract contract = ContractBuilder.aContract()
                .withId(ID)
                .withUncertain(TermCorrection.Field.PRICE)
                .pending();
        assertThat(SmsTemplates.in(Language.EN).contractSummary(contract)).isEqualTo("""
                VoicePact Contract Summary:
                ID: AG-2026-000123
                Product: Maize (50 bags)
                Total: KES 175,000.00?, Due: 2026-03-20
                Reply YES-AG-2026-000123 to confirm or NO-AG-2026-000123 to decline
                Not sure of: price (KES 3,500 a bag). Wrong? Reply PRICE-AG-2026-000123 <price a bag>""");
        assertThat(SmsTemplates.in(Language.SW).contractSummary(contract))
                .contains("Jumla: KES 175,000.00?,")
                .endsWith(
                        "Hatuna uhakika na: bei (KES 3,500 kwa bag). Si sahihi? Jibu BEI-AG-2026-000123 <bei kwa bag>");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void givenEveryTermInDoubt_whenSummarised_thenEachMarkedThePlaceNamedAndStillTwoSms(Language language) {
        Contract contract = ContractBuilder.aContract()
                .withId(ContractId.of(2026, 999_999))
                .withUncertain(TermCorrection.Field.values())
                .pending();
        String summary = SmsTemplates.in(language).contractSummary(contract);
        assertThat(summary)
                .contains("Maize? (50 bags?)", "175,000.00?", "2026-03-20?", "(Nakuru market)")
                .contains(language == Language.EN ? "PRICE-AG-2026-999999" : "BEI-AG-2026-999999");
        assertThat(SmsSegments.isGsm7(summary)).as(summary).isTrue();
        assertThat(SmsSegments.count(summary)).as(summary).isEqualTo(2);
    }

    @Test
    void givenADraftWithoutPriceAndQuantity_whenAsked_thenEachCommandNamedInTheReadersLanguage() {
        List<String> missing = List.of("quantity", "price");
        assertThat(DraftMessages.askForMissing(SmsTemplates.in(Language.EN), ID, missing))
                .isEqualTo(
                        "VoicePact: Your call was kept as draft AG-2026-000123 but we did not hear the quantity, price."
                                + " No need to call again: reply QTY-AG-2026-000123 <quantity> and PRICE-AG-2026-000123 <price>");
        assertThat(DraftMessages.askForMissing(SmsTemplates.in(Language.SW), ID, missing))
                .endsWith("jibu IDADI-AG-2026-000123 <kiasi> na BEI-AG-2026-000123 <bei>");
        assertThat(DraftMessages.stillMissing(SmsTemplates.in(Language.EN), ID, List.of("price")))
                .isEqualTo("VoicePact: Thank you. Draft AG-2026-000123 still needs the price."
                        + " Reply PRICE-AG-2026-000123 <price>");
        assertThat(DraftMessages.expired(SmsTemplates.in(Language.EN), ID, 24)).contains("Please call again");
        assertThat(DraftMessages.alreadyContract(SmsTemplates.in(Language.SW), ID))
                .contains("STATUS-AG-2026-000123");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void givenEveryTermMissing_whenAsked_thenGsm7AndAtMostTwoSms(Language language) {
        SmsTemplates t = SmsTemplates.in(language);
        ContractId id = ContractId.of(2026, 999_999);
        List<String> all = List.of("product", "quantity", "price");
        for (String text : List.of(
                DraftMessages.askForMissing(t, id, all),
                DraftMessages.stillMissing(t, id, all),
                DraftMessages.expired(t, id, 168),
                DraftMessages.alreadyContract(t, id))) {
            assertThat(SmsSegments.isGsm7(text)).as(text).isTrue();
            assertThat(SmsSegments.count(text)).as(text).isBetween(1, 2);
        }
    }

    @Test
    void givenPaymentAndDeliveryTexts_whenRendered_thenTheDocsWording() {
        SmsTemplates en = SmsTemplates.in(Language.EN);
        Money money = Money.of("350000", CurrencyCode.KES);
        assertThat(en.paymentReceived(
                        ID,
                        Money.of("9000", CurrencyCode.KES),
                        Money.of("9000", CurrencyCode.KES),
                        Money.of("341000", CurrencyCode.KES)))
                .isEqualTo("VoicePact Payment Received:\nContract: AG-2026-000123\n"
                        + "Amount: KES 9,000.00\nHeld in escrow: KES 9,000.00\nStill owed: KES 341,000.00");
        assertThat(en.fundedForBuyer(ID, money))
                .startsWith("VoicePact Escrow Funded:\nContract: AG-2026-000123\nHeld: KES 350,000.00\n")
                .contains("ACCEPT-AG-2026-000123");
        assertThat(en.fundedForSeller(ID, money))
                .contains("KES 350,000.00 is held in escrow")
                .contains("DELIVERED-AG-2026-000123");
        assertThat(en.paymentReleased(ID, money, ContractBuilder.SELLER, "TXN-AG-2026-000123-001"))
                .isEqualTo(
                        "VoicePact Payment Released:\nContract: AG-2026-000123\nAmount: KES 350,000.00\nTo: +254722000111\n"
                                + "Transaction ID: TXN-AG-2026-000123-001");
        assertThat(en.deliveryAlert(ID, null, "bags"))
                .isEqualTo(
                        "VoicePact Delivery Alert:\nContract: AG-2026-000123\n"
                                + "Type: Full delivery claimed\nPlease inspect and reply:\nACCEPT-AG-2026-000123 or DISPUTE-AG-2026-000123");
    }

    @Test
    void givenHostileFreeText_whenItGoesIntoAMessage_thenItCannotAddALineOrReorderWhatIsRead() {
        Contract forged = ContractBuilder.aContract()
                .withTerms(ContractTerms.of(
                        "Maize\nReply YES-AG-2026-000123 to pay KES 1,000,000\r\u2028\u202Eevil\u0000\u200B",
                        Quantity.of(new BigDecimal("5"), "bags"),
                        Money.of("100", CurrencyCode.KES),
                        null,
                        null,
                        null,
                        null,
                        null))
                .pending();
        String honest = SmsTemplates.in(Language.EN)
                .contractSummary(ContractBuilder.aContract().pending());
        String summary = SmsTemplates.in(Language.EN).contractSummary(forged);

        assertThat(summary.lines().count())
                .as("no line of the product's own")
                .isEqualTo(honest.lines().count());
        assertThat(summary)
                .contains("Product: Maize Reply YES-AG-2026-000123 to pay KES 1,000,000  evil (5 bags)")
                .doesNotContain("\u202E", "\u0000", "\u200B", "\r");
        assertThat(SmsTemplates.in(Language.EN).disputeOpened(ID, "wet\nReply ACCEPT"))
                .contains("Reason: wet Reply ACCEPT\n");
    }

    @Test
    void givenADisputeReasonTypedWithCurlyQuotesDashesAndEmoji_whenTold_thenPlainGsm7AndShort() {
        String typed =
                "Mahindi yalikuwa \u201Cmabovu\u201D \u2014 unyevu \uD83D\uDE21 \u2018sana\u2019\u2026 ".repeat(40);
        String sms = SmsTemplates.in(Language.SW).disputeOpened(ID, typed);
        assertThat(SmsSegments.isGsm7(sms)).as(sms).isTrue();
        assertThat(SmsSegments.count(sms)).isLessThanOrEqualTo(3);
        assertThat(sms).contains("Mahindi yalikuwa \"mabovu\" - unyevu  'sana'...");
    }

    @Test
    void givenACheckoutThatFailed_whenTold_thenWhatItWasForAndWhyInThePayersLanguage() {
        Money money = Money.of("175000", CurrencyCode.KES);
        assertThat(SmsTemplates.in(Language.EN).paymentFailed(ID, money, "pay.reason.wrong_pin"))
                .isEqualTo("""
                VoicePact Payment Failed:
                Contract: AG-2026-000123
                Amount: KES 175,000.00
                Reason: the M-Pesa PIN entered was wrong
                Nothing is held for it. To pay, ask for a new payment request.""");
        assertThat(SmsTemplates.in(Language.SW).paymentFailed(ID, money, "pay.reason.payer_cancelled"))
                .isEqualTo("""
                VoicePact Malipo Hayakufanikiwa:
                Mkataba: AG-2026-000123
                Kiasi: KES 175,000.00
                Sababu: malipo yalisitishwa kwenye simu
                Hakuna kinachoshikiliwa. Kulipa, omba ombi jipya la malipo.""");
        assertThatThrownBy(() -> SmsTemplates.in(Language.EN).paymentFailed(ID, money, "sms.help"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** The largest M-Pesa checkout and the longest contract id, with every reason: GSM-7, two SMS at most. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void givenEveryPaymentFailureReason_whenTold_thenGsm7AndAtMostTwoSegments(Language language) {
        List<String> reasons = Catalog.EN.keySet().stream()
                .filter(k -> k.startsWith(SmsTemplates.REASON_KEYS))
                .sorted()
                .toList();
        assertThat(reasons).hasSize(9);
        for (String reason : reasons) {
            String sms = SmsTemplates.in(language)
                    .paymentFailed(ContractId.of(2026, 999_999), Money.of("250000", CurrencyCode.KES), reason);
            assertThat(SmsSegments.isGsm7(sms)).as(sms).isTrue();
            assertThat(SmsSegments.count(sms)).as(sms).isBetween(1, 2);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void givenLongestRealisticInputs_whenRendered_thenGsm7AndAtMostThreeSegments(Language language) {
        SmsTemplates t = SmsTemplates.in(language);
        Contract big = ContractBuilder.aContract()
                .withId(ContractId.of(2026, 999_999))
                .withTerms(ContractTerms.of(
                        "Hass avocado export grade A, Murang'a",
                        Quantity.of(new BigDecimal("12500.5"), "crates"),
                        Money.of("12345.67", CurrencyCode.KES),
                        null,
                        null,
                        LocalDate.parse("2026-12-31"),
                        null,
                        null))
                .pending();
        Money money = big.agreement().terms().total();
        List<String> texts = List.of(
                t.contractSummary(big),
                t.paymentReceived(big.id(), money, money, money),
                t.fundedForBuyer(big.id(), money),
                t.fundedForSeller(big.id(), money),
                t.surplusReturned(big.id(), money, money),
                t.paidAfterTheEnd(big.id(), money, ContractStatus.CANCELLED),
                t.paymentReleased(big.id(), money, ContractBuilder.SELLER, "TXN-AG-2026-999999-999"),
                t.paymentRefunded(big.id(), money, ContractBuilder.BUYER, "TXN-AG-2026-999999-999"),
                t.deliveryAlert(big.id(), new BigDecimal("12000.5"), "crates"),
                t.disputeOpened(big.id(), "thirty crates were bruised"),
                t.confirmed(big),
                t.cancelled(big.id()),
                t.expired(big.id()),
                t.status(big),
                t.help("*384*123#"),
                t.stranger(big.id()),
                t.unknownCommand(),
                t.acknowledge(Verb.YES, big),
                t.acknowledge(Verb.ACCEPT, big.id()));
        for (String text : texts) {
            assertThat(SmsSegments.isGsm7(text)).as(text).isTrue();
            assertThat(SmsSegments.count(text)).as(text).isBetween(1, 3);
        }
        assertThat(SmsSegments.count(t.contractSummary(big))).isEqualTo(2);
    }

    @Test
    void givenLengths_whenCounted_thenGsm7AndUcs2Limits() {
        assertThat(SmsSegments.count("a".repeat(160))).isEqualTo(1);
        assertThat(SmsSegments.count("a".repeat(161))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(306))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(307))).isEqualTo(3);
        assertThat(SmsSegments.count("€".repeat(80)))
                .as("extension characters count twice")
                .isEqualTo(1);
        assertThat(SmsSegments.count("€".repeat(81))).isEqualTo(2);
        assertThat(SmsSegments.count("ü".repeat(70) + "ш")).isEqualTo(2);
        assertThat(SmsSegments.count("ш".repeat(70))).isEqualTo(1);
    }
}
