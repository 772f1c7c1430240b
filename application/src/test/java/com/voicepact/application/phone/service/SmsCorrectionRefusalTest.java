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
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.Quantity;
import com.voicepact.domain.messaging.Language;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Corrections by SMS that are read but cannot be taken: refused, changing nothing, with a reply in the texter's words. */
class SmsCorrectionRefusalTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final AtomicInteger ids = new AtomicInteger();
    private final ContractId id =
            app.create.create(CreateContractCommands.maizeDeal()).id(); // 50 bags x KES 3,500, due 2026-03-20

    private InboundSmsOutcome sms(PhoneNumber from, String text) {
        return app.smsCommands.handle(
                new InboundSms(from, "40404", text, "2026-03-02", "in-" + ids.incrementAndGet(), "link"));
    }

    private String lastTextTo(PhoneNumber phone) {
        List<String> texts = app.outbox.pending().stream()
                .filter(m -> m.kind() == OutboxMessage.Kind.SMS)
                .filter(m -> OutboxTexts.to(m).equals(phone.e164()))
                .map(OutboxTexts::text)
                .toList();
        return texts.get(texts.size() - 1);
    }

    private ContractTerms terms() {
        return app.queries.get(id).agreement().terms();
    }

    @Test
    void givenANegativePriceOrQuantity_whenTexted_thenRefused_neverMadePositive() {
        assertThat(sms(SELLER, "PRICE-" + id + " -500")).isEqualTo(InboundSmsOutcome.REFUSED);
        assertThat(lastTextTo(SELLER))
                .isEqualTo("VoicePact: " + id + " was not changed: the price cannot be below zero (\"-500\")."
                        + " Write it like this: PRICE-" + id + " 250");
        assertThat(sms(BUYER, "QTY-" + id + " -5")).isEqualTo(InboundSmsOutcome.REFUSED);
        assertThat(sms(BUYER, "QTY-" + id + " \u22125 bags")).isEqualTo(InboundSmsOutcome.REFUSED);
        assertThat(lastTextTo(BUYER)).contains("cannot be below zero");
        assertThat(terms().unitPrice()).isEqualTo(Money.of("3500", CurrencyCode.KES));
        assertThat(terms().quantity()).isEqualTo(Quantity.of(new java.math.BigDecimal("50"), "bags"));
    }

    @Test
    void givenAPriceInACurrencyThatIsNotTheContracts_whenTexted_thenRefusedNamingTheContractsCurrency() {
        for (String price : List.of("$300", "USD 300", "300 dollars", "€300")) {
            assertThat(sms(SELLER, "PRICE-" + id + " " + price)).as(price).isEqualTo(InboundSmsOutcome.REFUSED);
            assertThat(lastTextTo(SELLER)).as(price).contains("its price is in KES", "Send the price in KES");
        }
        assertThat(terms().unitPrice()).isEqualTo(Money.of("3500", CurrencyCode.KES));
    }

    @Test
    void givenNoneAsTheProduct_whenTexted_thenRefused_andAKnownNameIsStoredCanonical() {
        assertThat(sms(SELLER, "PRODUCT-" + id + " None")).isEqualTo(InboundSmsOutcome.REFUSED);
        assertThat(lastTextTo(SELLER))
                .isEqualTo("VoicePact: Send the new product after the contract number, like this: PRODUCT-" + id
                        + " Maize");
        assertThat(terms().product()).isNotEqualToIgnoringCase("none");

        assertThat(sms(SELLER, "BIDHAA-" + id + " maharagwe")).isEqualTo(InboundSmsOutcome.APPLIED);
        assertThat(terms().product()).isEqualTo("bean");
    }

    @Test
    void givenAQuantityWithAUnitWord_whenTexted_thenTheContractsUnitIsKept_andAnotherUnitIsRefused() {
        assertThat(sms(SELLER, "IDADI-" + id + " 60 gunia")).isEqualTo(InboundSmsOutcome.APPLIED);
        assertThat(terms().quantity()).isEqualTo(Quantity.of(new java.math.BigDecimal("60"), "bags"));
        assertThat(terms().total()).isEqualTo(Money.of("210000", CurrencyCode.KES));

        assertThat(sms(SELLER, "QTY-" + id + " 10 tonnes")).isEqualTo(InboundSmsOutcome.REFUSED);
        assertThat(lastTextTo(SELLER))
                .isEqualTo("VoicePact: " + id + " was not changed: its quantity and price are per bags, not as in"
                        + " \"10 tonnes\". Send the number of bags, like this: QTY-" + id + " 80");
        assertThat(terms().quantity()).isEqualTo(Quantity.of(new java.math.BigDecimal("60"), "bags"));
    }

    @Test
    void givenAVeryLongValue_whenRefused_thenTheReplyQuotesAtMostThirtyCharacters() {
        String longName = "x1 ".repeat(500);
        assertThat(sms(SELLER, "PRICE-" + id + " " + longName)).isEqualTo(InboundSmsOutcome.REFUSED);
        String reply = lastTextTo(SELLER);
        assertThat(reply).hasSizeLessThan(160).contains("\u2026");
    }

    @Test
    void givenASwahiliTexter_whenAValueIsRefused_thenTheReasonIsInSwahili() {
        app.languages.choose(SELLER, Language.SW);
        assertThat(sms(SELLER, "TAREHE-" + id + " 01/03/2026")).isEqualTo(InboundSmsOutcome.REFUSED);
        assertThat(lastTextTo(SELLER))
                .isEqualTo("VoicePact: " + id + " haukubadilishwa: tarehe 2026-03-01 imeshapita. Tuma tarehe ya leo au"
                        + " baadaye, hivi: DATE-" + id + " 2026-12-20");
        assertThat(sms(SELLER, "BEI-" + id + " 0")).isEqualTo(InboundSmsOutcome.REFUSED);
        assertThat(lastTextTo(SELLER)).contains("lazima iwe zaidi ya 0");
        assertThat(sms(SELLER, "BEI-" + id + " 3200.555")).isEqualTo(InboundSmsOutcome.REFUSED);
        assertThat(lastTextTo(SELLER)).contains("ina desimali zaidi ya KES");
        assertThat(sms(SELLER, "BEI-" + id + " 99999999999999999999")).isEqualTo(InboundSmsOutcome.REFUSED);
        assertThat(lastTextTo(SELLER)).contains("ni kubwa mno kwa bei");
        assertThat(sms(SELLER, "BEI-" + id + " UGX 3200")).isEqualTo(InboundSmsOutcome.REFUSED);
        assertThat(lastTextTo(SELLER)).contains("bei yake ni kwa KES");
        assertThat(terms().unitPrice()).isEqualTo(Money.of("3500", CurrencyCode.KES));
    }
}
