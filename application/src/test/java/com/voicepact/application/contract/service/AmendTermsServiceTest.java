package com.voicepact.application.contract.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static com.voicepact.domain.testdata.ContractBuilder.STRANGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.contract.port.in.AmendTermsCommand;
import com.voicepact.application.contract.port.in.ContractDecisionCommand;
import com.voicepact.application.contract.port.in.ContractNotFoundException;
import com.voicepact.application.fakes.CreateContractCommands;
import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.OutboxTexts;
import com.voicepact.application.operations.port.out.OutboxMessage;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.domain.audit.AuditEntry;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Channel;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.IllegalTransitionException;
import com.voicepact.domain.contract.PartyNotEntitledException;
import com.voicepact.domain.contract.TermCorrection;
import com.voicepact.domain.contract.UnchangedTermsException;
import com.voicepact.domain.messaging.Language;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A party corrects one term of a pending contract: a new version everyone confirms again, audited, told to everyone. */
class AmendTermsServiceTest {

    private final InMemoryVoicePact app = new InMemoryVoicePact();
    private final ContractId id =
            app.create.create(CreateContractCommands.maizeDeal()).id(); // 50 bags x KES 3,500

    private static TermCorrection price(String amount) {
        return new TermCorrection.NewPrice(new BigDecimal(amount), null);
    }

    private Contract amend(PhoneNumber party, TermCorrection correction) {
        return app.amendTerms.amendTerms(AmendTermsCommand.fromParty(id, party, correction, Channel.SMS));
    }

    private List<String> textsTo(PhoneNumber phone) {
        return app.outbox.pending().stream()
                .filter(m -> m.kind() == OutboxMessage.Kind.SMS)
                .filter(m -> OutboxTexts.to(m).equals(phone.e164()))
                .map(OutboxTexts::text)
                .toList();
    }

    private List<AuditEntry> amendments() {
        return app.auditLog.forSubject(id.value()).stream()
                .filter(e -> e.record().action().equals(AuditAction.TERMS_AMENDED.stored()))
                .toList();
    }

    @Test
    void givenABuyersYes_whenTheSellerCorrectsThePrice_thenANewVersionWithTheTotalRecomputed_andTheYesNoLongerCounts() {
        app.decisions.confirm(ContractDecisionCommand.fromParty(id, BUYER, Channel.SMS));
        String before = app.queries.get(id).agreement().fingerprint();
        app.clock.advance(Duration.ofHours(2));

        Contract after = amend(SELLER, price("3200"));

        assertThat(after.status()).isEqualTo(ContractStatus.PENDING);
        assertThat(after.agreement().terms().unitPrice()).isEqualTo(Money.of("3200", CurrencyCode.KES));
        assertThat(after.agreement().terms().total()).isEqualTo(Money.of("160000", CurrencyCode.KES));
        assertThat(after.agreement().fingerprint()).isNotEqualTo(before);
        assertThat(after.agreement().confirmations()).isEmpty();
        assertThat(after.timeline().expiresAt()).isEqualTo(app.clock.now().plus(app.settings.confirmationWindow()));
        Contract stored = app.queries.get(id);
        assertThat(stored.agreement().fingerprint()).isEqualTo(after.agreement().fingerprint());
        assertThat(stored.agreement().hasConfirmed(BUYER)).isFalse();

        AuditEntry entry = amendments().get(0);
        assertThat(entry.record().actor()).isEqualTo("party:" + SELLER.e164());
        assertThat(entry.record().details())
                .contains("field=price", "from=KES 3500.00", "to=KES 3200.00", "party=" + SELLER.e164())
                .contains("fingerprint=" + after.agreement().fingerprint(), "total=KES 160000.00");
        assertThat(app.audit.verify().intact()).isTrue();

        for (PhoneNumber party : List.of(BUYER, SELLER)) {
            assertThat(textsTo(party))
                    .filteredOn(t -> t.contains("changed the price"))
                    .singleElement()
                    .satisfies(t -> assertThat(t)
                            .startsWith("VoicePact: the seller (John) changed the price of " + id
                                    + ": KES 3,500.00 -> KES 3,200.00. A YES given before no longer counts.")
                            .contains("Total: KES 160,000.00")
                            .contains("Reply YES-" + id + "-2 to confirm or NO-" + id + " to decline"));
        }
    }

    @Test
    void givenASwahiliBuyer_whenTheQuantityIsCorrected_thenTheBuyerReadsItInSwahili() {
        app.languages.choose(BUYER, Language.SW);
        amend(SELLER, new TermCorrection.NewQuantity(new BigDecimal("40"), null));
        assertThat(textsTo(BUYER))
                .anyMatch(t ->
                        t.startsWith("VoicePact: muuzaji (John) amebadilisha kiasi ya " + id + ": 50 bags -> 40 bags.")
                                && t.contains("Jumla: KES 140,000.00"));
        assertThat(app.queries.get(id).agreement().terms().total()).isEqualTo(Money.of("140000", CurrencyCode.KES));
    }

    @Test
    void givenTermsChangedAndChangedBack_whenEachIsSent_thenEachVersionIsToldToEveryone() {
        amend(BUYER, price("3200"));
        amend(SELLER, price("3500"));
        amend(BUYER, price("3200"));
        assertThat(textsTo(SELLER))
                .filteredOn(t -> t.contains("changed the price"))
                .hasSize(3);
        assertThat(amendments()).hasSize(3);
    }

    @Test
    void givenRefusals_whenAmending_thenTypedErrors_andNothingChanges() {
        Contract original = app.queries.get(id);
        int texts = app.outbox.pending().size();

        assertThatThrownBy(() -> amend(STRANGER, price("3200"))).isInstanceOf(PartyNotEntitledException.class);
        assertThatThrownBy(() -> amend(SELLER, price("3500"))).isInstanceOf(UnchangedTermsException.class);
        assertThatThrownBy(() -> amend(SELLER, new TermCorrection.NewDate(LocalDate.parse("2026-03-01"))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("in the past");
        assertThatThrownBy(() -> amend(SELLER, price("3500.001"))).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> app.amendTerms.amendTerms(
                        AmendTermsCommand.fromParty(ContractId.of(2026, 999), SELLER, price("3200"), Channel.SMS)))
                .isInstanceOf(ContractNotFoundException.class);

        Contract now = app.queries.get(id);
        assertThat(now.agreement().terms()).isEqualTo(original.agreement().terms());
        assertThat(now.version()).isEqualTo(original.version());
        assertThat(app.outbox.pending()).hasSize(texts);
        assertThat(amendments()).isEmpty();
    }

    @Test
    void givenAConfirmedContractOrAClosedWindow_whenAmending_thenRefused() {
        app.clock.advance(app.settings.confirmationWindow());
        assertThatThrownBy(() -> amend(SELLER, price("3200")))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("window closed");

        InMemoryVoicePact other = new InMemoryVoicePact();
        ContractId confirmed =
                other.create.create(CreateContractCommands.maizeDeal()).id();
        other.decisions.confirm(ContractDecisionCommand.fromParty(confirmed, BUYER, Channel.SMS));
        other.decisions.confirm(ContractDecisionCommand.fromParty(confirmed, SELLER, Channel.SMS));
        assertThatThrownBy(() -> other.amendTerms.amendTerms(
                        AmendTermsCommand.fromParty(confirmed, SELLER, price("3200"), Channel.SMS)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("only while the contract waits for confirmation");
        assertThat(other.queries.get(confirmed).status()).isEqualTo(ContractStatus.CONFIRMED);
    }
}
