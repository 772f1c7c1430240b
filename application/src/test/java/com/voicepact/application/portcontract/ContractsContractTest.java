package com.voicepact.application.portcontract;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static com.voicepact.domain.testdata.ContractBuilder.STRANGER;
import static com.voicepact.domain.testdata.ContractBuilder.T0;
import static com.voicepact.domain.testdata.ContractBuilder.WINDOW;
import static com.voicepact.domain.testdata.ContractBuilder.aContract;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.contract.port.out.Contracts;
import com.voicepact.application.contract.port.shared.ContractPage;
import com.voicepact.application.contract.port.shared.ContractSearch;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.DeliveryReport;
import com.voicepact.domain.contract.Quantity;
import com.voicepact.domain.contract.TermCorrection;
import com.voicepact.domain.contract.TermMarks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link Contracts} must do; subclassed once per implementation. */
public abstract class ContractsContractTest {

    protected abstract Contracts contracts();

    /** Empties the store before each test. */
    protected abstract void reset();

    @BeforeEach
    void emptyStore() {
        reset();
    }

    @Test
    void givenNewContract_whenSaved_thenReadBackWithEveryFieldAndVersionOne() {
        Contract saved = contracts().save(aContract().withWitness().pending());
        Contract found = contracts().findById(saved.id()).orElseThrow();
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.snapshot()).isEqualTo(saved.snapshot());
        assertThat(found.agreement().fingerprint()).isEqualTo(saved.agreement().fingerprint());
        assertThat(found.agreement().parties()).hasSize(3);
        assertThat(found.agreement().terms().total()).isEqualTo(Money.of("175000.00", CurrencyCode.KES));
    }

    @Test
    void givenAContractWithTermsInDoubt_whenSavedThenCorrected_thenTheMarksAreKeptAndTheCorrectedOneDropped() {
        Contract saved = contracts()
                .save(aContract()
                        .withUncertain(
                                TermCorrection.Field.PRICE, TermCorrection.Field.DATE, TermCorrection.Field.PRODUCT)
                        .pending());
        Contract found = contracts().findById(saved.id()).orElseThrow();
        assertThat(found.agreement().uncertain())
                .isEqualTo(TermMarks.of(
                        TermCorrection.Field.PRODUCT, TermCorrection.Field.PRICE, TermCorrection.Field.DATE));
        ContractTerms t = found.agreement().terms();
        found.amendTerms(
                ContractTerms.of(
                        t.product(),
                        t.quantity(),
                        Money.of("3000", CurrencyCode.KES),
                        null,
                        t.deliveryLocation(),
                        t.deliveryDeadline(),
                        t.qualityRequirements(),
                        null),
                T0.plusSeconds(60),
                WINDOW);
        contracts().save(found);
        assertThat(contracts().findById(saved.id()).orElseThrow().agreement().uncertain())
                .isEqualTo(TermMarks.of(TermCorrection.Field.PRODUCT, TermCorrection.Field.DATE));
        Contract typedIn = contracts().save(aContract().withSequence(2).pending());
        assertThat(contracts().findById(typedIn.id()).orElseThrow().agreement().uncertain())
                .isEqualTo(TermMarks.none());
    }

    @Test
    void givenTermsWithEveryOptionalField_whenSaved_thenExactDecimalsAndDatesKept() {
        ContractTerms terms = ContractTerms.of(
                "Avocado (Hass) \"export\" grade",
                Quantity.of(new BigDecimal("2.5"), "tonnes"),
                Money.of("33.33", CurrencyCode.KES),
                null,
                "Murang'a collection centre",
                LocalDate.parse("2026-12-31"),
                "Grade A, no bruises",
                "50% on delivery");
        Contract saved = contracts().save(aContract().withTerms(terms).pending());
        ContractTerms found =
                contracts().findById(saved.id()).orElseThrow().agreement().terms();
        assertThat(found).isEqualTo(terms);
        assertThat(found.total().amount()).isEqualTo(new BigDecimal("83.32"));
    }

    @Test
    void givenSavedContract_whenConfirmedAndSaved_thenConfirmationsKeptWithChannelAndTime() {
        Contract contract = contracts().save(aContract().pending());
        contract.confirmBy(BUYER, Channel.USSD, T0.plusSeconds(30));
        contract.confirmBy(SELLER, Channel.SMS, T0.plusSeconds(45));
        Contract saved = contracts().save(contract);
        Contract found = contracts().findById(contract.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(ContractStatus.CONFIRMED);
        assertThat(found.version()).isEqualTo(2).isEqualTo(saved.version());
        assertThat(found.agreement().decisionOf(BUYER)).hasValueSatisfying(c -> {
            assertThat(c.channel()).isEqualTo(Channel.USSD);
            assertThat(c.decidedAt()).isEqualTo(T0.plusSeconds(30));
        });
        assertThat(found.timeline().confirmedAt()).contains(T0.plusSeconds(45));
    }

    @Test
    void givenActiveContractWithDeliveryAndDispute_whenSaved_thenRoundTrips() {
        Contract contract = aContract().active();
        contract.fulfilment()
                .reportDelivery(
                        SELLER, DeliveryReport.partial(Quantity.of(new BigDecimal("20"), "bags"), T0.plusSeconds(500)));
        contract.fulfilment().raiseDispute(BUYER, "thirty bags missing", T0.plusSeconds(600));
        contracts().save(contract);
        assertThat(contracts().findById(contract.id()).orElseThrow().snapshot())
                .usingRecursiveComparison()
                .ignoringFields("version")
                .isEqualTo(contract.snapshot());
    }

    /** The longest reason an SMS can carry, in Kiswahili with accents and an emoji, is stored whole. */
    @Test
    void givenDisputeWithTheLongestReasonAnSmsCarries_whenSaved_thenKeptWhole() {
        String reason = ("Magunia yamelowa maji, mahindi yameoza na harufu mbaya; caf\u00e9 \uD83D\uDE21 ".repeat(40))
                .substring(0, com.voicepact.domain.contract.Dispute.MAX_REASON_LENGTH)
                .strip();
        Contract contract = aContract().active();
        contract.fulfilment().raiseDispute(BUYER, reason, T0.plusSeconds(600));
        contracts().save(contract);
        assertThat(contracts()
                        .findById(contract.id())
                        .orElseThrow()
                        .fulfilment()
                        .dispute())
                .hasValueSatisfying(d -> assertThat(d.reason()).isEqualTo(reason));
    }

    @Test
    void givenTwoCopiesOfOneContract_whenBothSaved_thenTheStaleOneIsRefusedNotLost() {
        Contract saved = contracts().save(aContract().pending());
        Contract first = contracts().findById(saved.id()).orElseThrow();
        Contract second = contracts().findById(saved.id()).orElseThrow();
        first.confirmBy(BUYER, Channel.SMS, T0.plusSeconds(10));
        contracts().save(first);
        second.confirmBy(SELLER, Channel.SMS, T0.plusSeconds(11));
        assertThatThrownBy(() -> contracts().save(second)).isInstanceOf(ConcurrentUpdateException.class);
        Contract stored = contracts().findById(saved.id()).orElseThrow();
        assertThat(stored.agreement().hasConfirmed(BUYER)).isTrue();
        assertThat(stored.agreement().decisionOf(SELLER)).isEmpty();
    }

    @Test
    void givenNewContractWithAnExistingId_whenSaved_thenRefused() {
        contracts().save(aContract().pending());
        assertThatThrownBy(() -> contracts().save(aContract().pending())).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void givenUnknownId_whenFound_thenEmpty() {
        assertThat(contracts().findById(ContractId.of(2026, 999_999))).isEmpty();
    }

    @Test
    void givenManyContracts_whenSearchedByPhoneAndStatus_thenNewestFirstPageWithTrueTotal() {
        for (int i = 1; i <= 5; i++) {
            contracts()
                    .save(aContract()
                            .withSequence(i)
                            .createdAt(T0.plusSeconds(i))
                            .pending());
        }
        Contract confirmed =
                aContract().withSequence(6).createdAt(T0.plusSeconds(6)).confirmed();
        contracts().save(confirmed);

        ContractPage page = contracts().search(new ContractSearch(BUYER, ContractStatus.PENDING, 2, 1));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.contracts())
                .extracting(c -> c.id().value())
                .containsExactly("AG-2026-000004", "AG-2026-000003");
        assertThat(page.contracts().get(0).agreement().parties()).hasSize(2);

        assertThat(contracts().search(new ContractSearch(null, null, 100, 0)).total())
                .isEqualTo(6);
        assertThat(contracts()
                        .search(new ContractSearch(SELLER, ContractStatus.CONFIRMED, 10, 0))
                        .contracts())
                .extracting(Contract::id)
                .containsExactly(confirmed.id());
        assertThat(contracts().search(new ContractSearch(STRANGER, null, 10, 0)).total())
                .isZero();
    }

    @Test
    void givenManyContracts_whenAPartysAreFound_thenNewestFirstWhateverTheirStatus_asTheSearchFindsThem() {
        for (int i = 1; i <= 4; i++) {
            contracts()
                    .save(aContract()
                            .withSequence(i)
                            .createdAt(T0.plusSeconds(i))
                            .pending());
        }
        contracts()
                .save(aContract().withSequence(5).createdAt(T0.plusSeconds(5)).confirmed());

        List<Contract> found = contracts().findByParty(BUYER, 3);

        assertThat(found)
                .extracting(c -> c.id().value())
                .containsExactly("AG-2026-000005", "AG-2026-000004", "AG-2026-000003");
        assertThat(found.get(0).agreement().parties()).hasSize(2);
        assertThat(found.get(0).status()).isEqualTo(ContractStatus.CONFIRMED);
        assertThat(contracts().findByParty(SELLER, 100))
                .extracting(Contract::id)
                .containsExactlyElementsOf(
                        contracts().search(new ContractSearch(SELLER, null, 100, 0)).contracts().stream()
                                .map(Contract::id)
                                .toList());
        assertThat(contracts().findByParty(STRANGER, 10)).isEmpty();
    }

    @Test
    void givenPendingContracts_whenAskedForExpired_thenOnlyThoseWhoseWindowClosed() {
        contracts().save(aContract().withSequence(1).createdAt(T0).pending());
        contracts()
                .save(aContract()
                        .withSequence(2)
                        .createdAt(T0.plusSeconds(3600))
                        .pending());
        contracts().save(aContract().withSequence(3).createdAt(T0).confirmed());
        assertThat(contracts().findPendingExpiredAt(T0.plus(WINDOW), 10)).containsExactly(ContractId.of(2026, 1));
        assertThat(contracts().findPendingExpiredAt(T0.plus(WINDOW).plusSeconds(3600), 1))
                .hasSize(1);
    }

    @Test
    void givenACorrection_whenSavedAndReadBack_thenTheMomentTheTermsWereMadeIsKept_andAYesSentBeforeItIsRefused() {
        Contract contract = contracts().save(aContract().pending());
        assertThat(contracts().findById(contract.id()).orElseThrow().agreement().termsSince())
                .isEqualTo(T0);
        contract.amendTermsBy(
                SELLER,
                new com.voicepact.domain.contract.TermCorrection.NewPrice(new BigDecimal("3200"), null),
                T0.plusSeconds(3600),
                WINDOW);
        contracts().save(contract);

        Contract found = contracts().findById(contract.id()).orElseThrow();
        assertThat(found.agreement().termsSince()).isEqualTo(T0.plusSeconds(3600));
        assertThatThrownBy(() -> found.confirmBy(
                        BUYER,
                        Channel.SMS,
                        T0.plusSeconds(3700),
                        com.voicepact.domain.contract.TermsSeen.sentAt(T0.plusSeconds(3599))))
                .isInstanceOf(com.voicepact.domain.contract.TermsChangedException.class);
        found.confirmBy(
                BUYER,
                Channel.SMS,
                T0.plusSeconds(3700),
                com.voicepact.domain.contract.TermsSeen.sentAt(T0.plusSeconds(3600)));
        assertThat(found.agreement().hasConfirmed(BUYER)).isTrue();
    }

    @Test
    void givenTwoCorrections_whenSavedAndReadBack_thenTheVersionOfTheTermsIsKept_andAYesMustNameIt() {
        Contract contract = contracts().save(aContract().pending());
        assertThat(contracts().findById(contract.id()).orElseThrow().agreement().termsVersion())
                .isEqualTo(1);
        contract.amendTermsBy(
                SELLER,
                new com.voicepact.domain.contract.TermCorrection.NewPrice(new BigDecimal("3200"), null),
                T0.plusSeconds(60),
                WINDOW);
        contract = contracts().save(contract);
        contract.amendTermsBy(
                SELLER,
                new com.voicepact.domain.contract.TermCorrection.NewPrice(new BigDecimal("3300"), null),
                T0.plusSeconds(120),
                WINDOW);
        contracts().save(contract);

        Contract found = contracts().findById(contract.id()).orElseThrow();
        assertThat(found.agreement().termsVersion()).isEqualTo(3);
        assertThatThrownBy(() -> found.confirmBy(
                        BUYER,
                        Channel.SMS,
                        T0.plusSeconds(180),
                        com.voicepact.domain.contract.TermsSeen.reply(T0.plusSeconds(170), 2)))
                .isInstanceOf(com.voicepact.domain.contract.TermsChangedException.class);
        found.confirmBy(
                BUYER,
                Channel.SMS,
                T0.plusSeconds(180),
                com.voicepact.domain.contract.TermsSeen.reply(T0.plusSeconds(170), 3));
        assertThat(found.agreement().hasConfirmed(BUYER)).isTrue();
        assertThat(contracts().save(found).agreement().termsVersion()).isEqualTo(3);
    }

    @Test
    void givenAConfirmationThenAPartysCorrection_whenSaved_thenTheNewVersionIsReadBackWithoutTheOldConfirmation() {
        Contract contract = contracts().save(aContract().pending());
        contract.confirmBy(BUYER, Channel.SMS, T0.plusSeconds(60));
        contract = contracts().save(contract);
        String before = contract.agreement().fingerprint();
        contract.amendTermsBy(
                SELLER,
                new com.voicepact.domain.contract.TermCorrection.NewPrice(new BigDecimal("3200.50"), null),
                T0.plusSeconds(3600),
                WINDOW);
        Contract saved = contracts().save(contract);

        Contract found = contracts().findById(saved.id()).orElseThrow();
        assertThat(found.snapshot()).isEqualTo(saved.snapshot());
        assertThat(found.version()).isEqualTo(3);
        assertThat(found.agreement().terms().unitPrice()).isEqualTo(Money.of("3200.50", CurrencyCode.KES));
        assertThat(found.agreement().terms().total()).isEqualTo(Money.of("160025.00", CurrencyCode.KES));
        assertThat(found.agreement().fingerprint())
                .isNotEqualTo(before)
                .isEqualTo(saved.agreement().fingerprint());
        assertThat(found.agreement().confirmations()).isEmpty();
        assertThat(found.timeline().expiresAt()).isEqualTo(T0.plusSeconds(3600).plus(WINDOW));

        found.confirmBy(BUYER, Channel.USSD, T0.plusSeconds(3700));
        contracts().save(found);
        assertThat(contracts().findById(saved.id()).orElseThrow().agreement().confirmations())
                .singleElement()
                .satisfies(c ->
                        assertThat(c.fingerprint()).isEqualTo(saved.agreement().fingerprint()));
    }
}
