package com.voicepact.application.phone.service;

import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.contract.port.in.CreateContractCommand;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.OutboxTexts;
import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.application.phone.port.in.InboundSms;
import com.voicepact.application.phone.port.in.InboundSmsOutcome;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.contract.TermMarks;
import com.voicepact.domain.testdata.ContractBuilder;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A currency guessed on the call (a +256 buyer and a +254 seller saying only "shillings": KES from the default country)
 * is marked in the summary, and a price naming another currency corrects the currency and the price together.
 */
class SmsCurrencyCorrectionTest {

    private static final PhoneNumber UGANDAN_BUYER = PhoneNumber.parse("+256772123456", "UG");

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final AtomicInteger ids = new AtomicInteger();

    private ContractId contract(TermMarks marks) {
        return app.create
                .create(new CreateContractCommand(
                        ContractType.AGRICULTURAL_SUPPLY,
                        List.of(
                                Party.of(UGANDAN_BUYER, PartyRole.BUYER, "Amina"),
                                Party.of(SELLER, PartyRole.SELLER, "John")),
                        ContractBuilder.maizeTerms(), // 50 bags x KES 3,500
                        "fifty bags at three thousand five hundred shillings",
                        Actor.system("voice"),
                        marks,
                        null))
                .id();
    }

    private InboundSmsOutcome sms(PhoneNumber from, String text) {
        return app.smsCommands.handle(
                new InboundSms(from, "40404", text, "2026-03-02", "in-" + ids.incrementAndGet(), "link"));
    }

    private List<String> textsTo(PhoneNumber phone) {
        return app.outbox.pending().stream()
                .filter(m -> m.kind() == OutboxMessage.Kind.SMS)
                .filter(m -> OutboxTexts.to(m).equals(phone.e164()))
                .map(OutboxTexts::text)
                .toList();
    }

    @Test
    void givenAGuessedCurrency_whenSummarised_thenMarkedWithHowToCorrectIt() {
        ContractId id = contract(new TermMarks(Set.of(), true));

        assertThat(textsTo(SELLER))
                .anySatisfy(t -> assertThat(t)
                        .endsWith("Not sure of: currency (KES). Wrong currency? Reply PRICE-" + id + " UGX <price>"));
    }

    @Test
    void givenAGuessedCurrency_whenAPriceInAnotherIsTexted_thenCurrencyAndPriceChangeTogether_andTheMarkGoes() {
        ContractId id = contract(new TermMarks(Set.of(), true));

        assertThat(sms(UGANDAN_BUYER, "PRICE-" + id + " UGX 5000")).isEqualTo(InboundSmsOutcome.APPLIED);

        var terms = app.queries.get(id).agreement().terms();
        assertThat(terms.unitPrice()).isEqualTo(Money.of("5000", CurrencyCode.UGX));
        assertThat(terms.total()).isEqualTo(Money.of("250000", CurrencyCode.UGX));
        assertThat(app.queries.get(id).agreement().uncertain().currency()).isFalse();
        assertThat(textsTo(SELLER)).anyMatch(t -> t.contains("changed the price") && t.contains("UGX 250,000"));
    }

    @Test
    void givenACurrencyHeardPlainly_whenAPriceInAnotherIsTexted_thenRefusedNamingTheContractsCurrency() {
        ContractId id = contract(TermMarks.none());

        assertThat(sms(UGANDAN_BUYER, "PRICE-" + id + " UGX 5000")).isEqualTo(InboundSmsOutcome.REFUSED);

        assertThat(app.queries.get(id).agreement().terms().total()).isEqualTo(Money.of("175000", CurrencyCode.KES));
        assertThat(textsTo(UGANDAN_BUYER)).anyMatch(t -> t.contains("its price is in KES"));
    }
}
