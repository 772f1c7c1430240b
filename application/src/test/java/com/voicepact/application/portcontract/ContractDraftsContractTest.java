package com.voicepact.application.portcontract;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static com.voicepact.domain.testdata.ContractBuilder.T0;
import static com.voicepact.domain.testdata.ContractBuilder.WINDOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.application.voice.port.out.ContractDrafts;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.contract.TermCorrection;
import com.voicepact.domain.extraction.ExtractedTerms;
import com.voicepact.domain.extraction.ExtractedTerms.Field;
import com.voicepact.domain.voice.ContractDraft;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link ContractDrafts} must do; subclassed once per implementation. */
public abstract class ContractDraftsContractTest {

    private static final ContractId ID = ContractId.of(2026, 42);

    protected abstract ContractDrafts drafts();

    protected abstract void reset();

    @BeforeEach
    void empty() {
        reset();
    }

    /** Heard without a price; words that could break a stored entry (";", "=", ":", "|", a line break). */
    private static ExtractedTerms heard() {
        return new ExtractedTerms(
                Field.of("maize; grade=1: \"yellow\"", 0.85),
                Field.of(new BigDecimal("100.5"), 0.9),
                Field.of("bags|sacks", 0.9),
                Field.none(),
                Field.none(),
                Field.of("KES", 0.55),
                Field.of("Kitale\nTown", 0.6),
                Field.of(LocalDate.parse("2026-04-15"), 0.8),
                Field.none());
    }

    private static ContractDraft draft() {
        return ContractDraft.open(
                ID,
                ContractType.AGRICULTURAL_SUPPLY,
                List.of(
                        Party.of(BUYER, PartyRole.BUYER, "Amina | \"Mama\" Njeri;"),
                        Party.of(SELLER, PartyRole.SELLER, "Juma")),
                "  nitakuuzia magunia mia moja ya mahindi  ",
                heard(),
                T0,
                WINDOW);
    }

    @Test
    void givenANewDraft_whenSaved_thenReadBackWithEveryFieldAndVersionOne() {
        ContractDraft saved = drafts().save(draft());
        ContractDraft found = drafts().findById(ID).orElseThrow();
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.snapshot()).isEqualTo(saved.snapshot());
        assertThat(found.heard()).isEqualTo(heard());
        assertThat(found.parties().get(0).name()).isEqualTo("Amina | \"Mama\" Njeri;");
        assertThat(found.transcript()).isEqualTo("nitakuuzia magunia mia moja ya mahindi");
        assertThat(found.expiresAt()).isEqualTo(T0.plus(WINDOW));
        assertThat(found.missing()).containsExactly("price");
        assertThat(found.isCompleted()).isFalse();
    }

    @Test
    void givenASavedDraft_whenFilledAndCompleted_thenKeptAtVersionTwo() {
        ContractDraft draft = drafts().save(draft());
        draft.supply(BUYER, price("3500"), T0.plusSeconds(60));
        assertThat(draft.completeIfReady(T0.plusSeconds(60))).isTrue();
        drafts().save(draft);
        ContractDraft found = drafts().findById(ID).orElseThrow();
        assertThat(found.version()).isEqualTo(2);
        assertThat(found.isCompleted()).isTrue();
        assertThat(found.heard().unitPrice()).isEqualTo(Field.of(new BigDecimal("3500"), 1.0));
    }

    @Test
    void givenTwoWritersOfOneDraft_whenBothSave_thenTheSecondIsAConflict() {
        drafts().save(draft());
        ContractDraft first = drafts().findById(ID).orElseThrow();
        ContractDraft second = drafts().findById(ID).orElseThrow();
        first.supply(BUYER, price("3500"), T0.plusSeconds(1));
        second.supply(SELLER, price("3000"), T0.plusSeconds(2));
        drafts().save(first);
        assertThatThrownBy(() -> drafts().save(second)).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> drafts().save(draft())).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(drafts().findById(ID).orElseThrow().heard().unitPrice().value())
                .isEqualByComparingTo("3500");
    }

    @Test
    void givenNoDraft_whenLookedUp_thenEmpty() {
        assertThat(drafts().findById(ContractId.of(2026, 7))).isEmpty();
    }

    private static TermCorrection price(String amount) {
        return new TermCorrection.NewPrice(new BigDecimal(amount), null);
    }
}
