package com.voicepact.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private final AuditChain chain =
            new AuditChain("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));

    private List<AuditEntry> threeEntries() {
        List<AuditEntry> entries = new ArrayList<>();
        Optional<AuditEntry> previous = Optional.empty();
        for (int i = 0; i < 3; i++) {
            AuditEntry entry = chain.seal(
                    new AuditRecord(
                            Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i),
                            "party:+254712345678",
                            "CONFIRM",
                            "AG-2026-000001",
                            "PENDING",
                            "PENDING",
                            "n=" + i),
                    previous);
            entries.add(entry);
            previous = Optional.of(entry);
        }
        return entries;
    }

    @Test
    void givenUntouchedChain_whenVerified_thenIntact() {
        List<AuditEntry> entries = threeEntries();
        assertThat(entries).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(chain.verify(entries).intact()).isTrue();
    }

    @Test
    void givenEditedEntry_whenVerified_thenBrokenAtThatEntry() {
        List<AuditEntry> entries = threeEntries();
        AuditEntry edited = entries.get(1);
        AuditRecord r = edited.record();
        entries.set(
                1,
                new AuditEntry(
                        2,
                        new AuditRecord(
                                r.at(), r.actor(), r.action(), r.subject(), r.oldStatus(), "CONFIRMED", r.details()),
                        edited.previousMac(),
                        edited.mac()));
        AuditVerification result = chain.verify(entries);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenSequence()).isEqualTo(2L);
    }

    @Test
    void givenDeletedEntry_whenVerified_thenGapReported() {
        List<AuditEntry> entries = threeEntries();
        entries.remove(1);
        AuditVerification result = chain.verify(entries);
        assertThat(result.intact()).isFalse();
        assertThat(result.reason()).contains("missing");
    }

    @Test
    void givenEntryResealedWithAnotherKey_whenVerified_thenBroken() {
        List<AuditEntry> entries = threeEntries();
        AuditChain forger = new AuditChain("another-key-another-key-another-key".getBytes(StandardCharsets.UTF_8));
        entries.set(2, forger.seal(entries.get(2).record(), Optional.of(entries.get(1))));
        assertThat(chain.verify(entries).firstBrokenSequence()).isEqualTo(3L);
    }

    private static AuditRecord confirmation() {
        return new AuditRecord(
                Instant.parse("2026-01-01T00:00:00Z"),
                "party:+254712345678",
                "CONFIRM",
                "AG-2026-000001",
                "PENDING",
                "CONFIRMED",
                "n=0");
    }

    /** The MAC of stored entries never changes with the code: pinned to what the first release computed. */
    @Test
    void givenARecord_whenSealedFirst_thenItsMacIsTheFirstReleasesMac() {
        assertThat(chain.seal(confirmation(), Optional.empty()).mac())
                .isEqualTo("ed3cd6c62eb7008f68bc60f293d6af963e4aa7a522c65bd91030d0da108653a8");
    }

    @Test
    void givenARecord_whenItsRecordMacIsChecked_thenOnlyTheKeysMacForThatIdAndContentPasses() {
        AuditRecord record = confirmation();
        String mac = chain.recordMac("id-1", record);

        assertThat(chain.isRecordMac("id-1", record, mac)).isTrue();
        assertThat(mac).isNotEqualTo(chain.seal(record, Optional.empty()).mac());
        assertThat(chain.isRecordMac("id-2", record, mac)).isFalse();
        AuditRecord edited = new AuditRecord(
                record.at(), record.actor(), record.action(), record.subject(), "PENDING", "CONFIRMED", "n=1");
        assertThat(chain.isRecordMac("id-1", edited, mac)).isFalse();
        AuditChain otherKey = new AuditChain("another-key-another-key-another-k".getBytes(StandardCharsets.UTF_8));
        assertThat(otherKey.isRecordMac("id-1", record, mac)).isFalse();
        assertThat(chain.isRecordMac("id-1", record, null)).isFalse();
        assertThat(chain.isRecordMac(null, record, mac)).isFalse();
        assertThat(chain.isRecordMac("id-1", record, "0".repeat(64))).isFalse();
    }

    @Test
    void givenShortKey_whenChainCreated_thenRefused() {
        assertThatThrownBy(() -> new AuditChain(new byte[8])).hasMessageContaining("at least 32 bytes");
    }
}
