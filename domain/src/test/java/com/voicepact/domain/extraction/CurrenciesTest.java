package com.voicepact.domain.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.domain.common.PhoneNumber;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrenciesTest {

    private static final LocalDate DAY = LocalDate.parse("2026-03-04");
    private static final PhoneNumber KENYA = new PhoneNumber("+254712345678");
    private static final PhoneNumber UGANDA = new PhoneNumber("+256712345678");
    private static final PhoneNumber UGANDA_2 = new PhoneNumber("+256772345678");
    private static final PhoneNumber TANZANIA = new PhoneNumber("+255712345678");
    private static final PhoneNumber RWANDA = new PhoneNumber("+250788123456");

    private static ExtractedTerms.Field<String> resolve(String said, String country, PhoneNumber... parties) {
        return Currencies.resolve(
                TermExtractor.normalise(said), new ExtractionContext(DAY, Arrays.asList(parties), country));
    }

    @Test
    void givenACurrencyNamedInTheCall_whenResolved_thenItWinsOverThePhonesAndIsSure() {
        assertThat(resolve("bei ni uganda shillings elfu tano", "KE", KENYA, KENYA))
                .isEqualTo(ExtractedTerms.Field.of("UGX", Currencies.NAMED));
        assertThat(resolve("10,000 frw per bag", "KE", UGANDA).value()).isEqualTo("RWF");
        assertThat(resolve("laki mbili rwandan francs", "KE").value()).isEqualTo("RWF");
        assertThat(resolve("tsh 3000 kwa kilo", "KE", KENYA).value()).isEqualTo("TZS");
        assertThat(resolve("ksh 3000 per bag", "KE", UGANDA, UGANDA_2).value()).isEqualTo("KES");
        assertThat(resolve("tutalipa shillingi za tanzania elfu hamsini", "KE", KENYA)
                        .value())
                .isEqualTo("TZS");
        assertThat(resolve("bei ni pesa ya uganda", "KE", KENYA).value()).isEqualTo("UGX");
        assertThat(resolve("tutalipa kwa shilingi za kitanzania", "KE", KENYA).value())
                .isEqualTo("TZS");
        assertThat(resolve("amafaranga 500 each", "KE", KENYA).value()).isEqualTo("RWF");
    }

    @Test
    void givenTwoCurrenciesNamed_whenResolved_thenTheLastSaidWins() {
        assertThat(resolve("not kenya shillings, I want uganda shillings 5000", "KE")
                        .value())
                .isEqualTo("UGX");
        assertThat(resolve("ugx? no, ksh 5000", "KE").value()).isEqualTo("KES");
    }

    @Test
    void givenOnlyShillingsSaidBetweenUgandanPhones_whenResolved_thenUgxFromThePhonesLessSure() {
        ExtractedTerms.Field<String> currency = resolve("shillings elfu tatu per bag", "KE", UGANDA, UGANDA_2);
        assertThat(currency.value()).isEqualTo("UGX");
        assertThat(currency.confidence()).isLessThan(Currencies.NAMED).isGreaterThanOrEqualTo(0.7);
        assertThat(resolve("bob mia mbili", "KE", TANZANIA, TANZANIA).value()).isEqualTo("TZS");
        assertThat(resolve("2000 per crate", "KE", RWANDA, RWANDA).value()).isEqualTo("RWF");
        assertThat(resolve("2000 per crate", "UG", KENYA).value()).isEqualTo("KES");
    }

    @Test
    void givenPartiesOfTwoCountriesOrNone_whenResolved_thenTheDeploymentsCountryAsAGuess() {
        ExtractedTerms.Field<String> mixed = resolve("shillings 3000", "KE", UGANDA, KENYA);
        assertThat(mixed.value()).isEqualTo("KES");
        assertThat(mixed.isUncertain()).isTrue();
        assertThat(resolve("shillings 3000", "TZ", UGANDA, KENYA).value()).isEqualTo("TZS");
        assertThat(resolve("shillings 3000", "UG").value()).isEqualTo("UGX");
        assertThat(resolve("shillings 3000", "US").value()).isEqualTo("KES");
    }

    @Test
    void givenWordsThatOnlyContainACurrencyCode_whenResolved_thenNotNamed() {
        assertThat(Currencies.named("mushroom brush kesho")).isEmpty();
        assertThat(Currencies.named("twenty shillings")).isEmpty();
        assertThat(Currencies.named("price 900frw per kg")).contains(com.voicepact.domain.common.CurrencyCode.RWF);
        assertThat(List.of(UGANDA.country(), TANZANIA.country(), RWANDA.country(), KENYA.country()))
                .containsExactly("UG", "TZ", "RW", "KE");
    }
}
