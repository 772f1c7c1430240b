package com.voicepact.bootstrap;

import static com.voicepact.bootstrap.Eventually.await;
import static com.voicepact.bootstrap.Eventually.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.adapter.in.web.security.OperatorKeys;
import com.voicepact.application.audit.port.out.AuditLog;
import com.voicepact.domain.audit.AuditAction;
import com.voicepact.sandbox.africastalking.AtSandbox;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A wrong price heard on a call, corrected by SMS before anyone is bound, on the running service through the local AT
 * sandbox (provider-shaped HTTP only): the call, the summary with the price the speech-to-text got wrong, the buyer's
 * YES on it, the seller's {@code PRICE-<id> <right price>} (delivered twice by AT: changes once), the new summary to
 * both, the old YES no longer counting, a YES sent before the change but delivered after it (AT's {@code date} says when
 * it was sent) not counting either, a plain YES sent after the change not counting (the buyer is told the reply that
 * names the new version, {@code YES-<id>-2}), both YES with that reply, CONFIRMED with the corrected total, which the
 * confirmation SMS state. On the embedded
 * H2 default and on PostgreSQL ({@code DATABASE_URL}).
 */
class CorrectionJourneyTest {

    private static final String BUYER = "+254712345678";
    private static final String SELLER = "+254722000111";
    /** What speech-to-text printed: 3,500 a bag; the seller had said 3,200. */
    private static final String HEARD =
            "nitakuuzia magunia mia moja ya mahindi kwa shilingi elfu tatu na mia tano kila gunia "
                    + "nitaleta kitale kabla ya tarehe kumi na tano julai";

    enum Database {
        H2,
        POSTGRESQL
    }

    @TempDir
    Path dataDir;

    @ParameterizedTest
    @EnumSource(Database.class)
    void givenAWrongPriceHeardOnTheCall_whenTheSellerTextsTheRightOne_thenBothConfirmTheCorrectedTotal(Database db)
            throws Exception {
        Map<String, String> env =
                new HashMap<>(Map.of("VOICEPACT_DATA_DIR", dataDir.toString(), "VOICEPACT_SANDBOX_PORT", "0"));
        Map<String, Object> properties = Map.of(
                "micronaut.server.port",
                -1,
                "voicepact.dispatch-interval",
                "200ms",
                "voicepact.voice-interval",
                "200ms");
        if (db == Database.H2) {
            try (ApplicationContext service = Application.start(env, properties)) {
                journey(
                        service,
                        Files.readString(dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE))
                                .strip());
            }
            return;
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String key = "operator-key-for-the-correction-journey";
            env.putAll(Map.of(
                    "DATABASE_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "DATABASE_USERNAME", "postgres",
                    "DATABASE_PASSWORD", "postgres",
                    "VOICEPACT_API_KEYS", OperatorKeys.sha256Hex(key),
                    "VOICEPACT_AUDIT_KEY", "an-audit-key-of-at-least-thirty-two-bytes"));
            try (ApplicationContext service = Application.start(env, properties)) {
                journey(service, key);
            }
        }
    }

    private void journey(ApplicationContext service, String key) throws Exception {
        URI base = service.getBean(EmbeddedServer.class).getURI();
        AtSandbox at = service.getBean(AtSandbox.class);

        // The call, as AT plays it: the parties talk, hang up, the recording is transcribed and drafted.
        Map<String, Object> call = json(
                service,
                Http.post(
                                base,
                                "/api/v1/voice/conference/create",
                                key,
                                "{\"parties\": [\"0712345678\", \"0722000111\"], \"contract_type\": \"agricultural_supply\"}")
                        .body());
        String session = (String) call.get("session_id");
        at.answerCall(session);
        at.hangUp(session, HEARD);
        String recordingPath = "/api/v1/voice/recordings/" + call.get("conference_id");
        await("the recording processed", () -> get(base, recordingPath, key).contains("contract_created"));
        String id = (String) json(service, get(base, recordingPath, key)).get("contract_id");
        await(
                "both summaries with the price heard",
                () -> received(at, BUYER, "YES-" + id, "KES 350,000.00")
                        && received(at, SELLER, "YES-" + id, "KES 350,000.00"));

        // The buyer says YES to what was heard.
        at.replyFrom(BUYER, "YES-" + id);
        await("the buyer's YES", () -> signed(service, base, key, id) == 1);

        // The seller corrects the price; AT delivers that SMS twice.
        java.time.Instant beforeTheCorrection = java.time.Instant.now();
        Thread.sleep(5); // the correction is made strictly after this moment
        at.faults().duplicateCallbacks(true);
        at.replyFrom(SELLER, "PRICE-" + id + " 3,200");
        at.faults().duplicateCallbacks(false);
        List<String> deliveries = at.deliveredCallbackBodies().stream()
                .filter(body -> body.contains("PRICE-"))
                .map(body -> body.replaceAll("(^|.*&)id=([^&]*).*", "$2"))
                .toList();
        assertThat(deliveries)
                .as("AT delivered the correction twice, with one message id")
                .hasSize(2);
        assertThat(deliveries.get(0)).isEqualTo(deliveries.get(1)).isNotBlank().doesNotContain("=");
        String change = "changed the price of " + id + ": KES 3,500.00 -> KES 3,200.00";
        await(
                "the new summary to both",
                () -> received(at, BUYER, change, "KES 320,000.00") && received(at, SELLER, change, "YES-" + id));
        // The new summary asks for a YES naming the new version of the terms, the only one that counts now.
        String buyersReply = replyAsked(at, BUYER, change);
        String sellersReply = replyAsked(at, SELLER, change);
        assertThat(buyersReply).isEqualTo(sellersReply).isEqualTo("YES-" + id + "-2");
        Map<String, Object> amended = json(service, get(base, "/api/v1/contracts/" + id, key));
        assertThat(amended).containsEntry("status", "pending");
        @SuppressWarnings("unchecked")
        Map<String, Object> terms = (Map<String, Object>) amended.get("terms");
        assertThat(amount(terms.get("unit_price"))).isEqualByComparingTo("3200");
        assertThat(amount(amended.get("total_amount"))).isEqualByComparingTo("320000");
        assertThat(signed(service, base, key, id))
                .as("the YES given before the change no longer counts")
                .isZero();

        // A second YES the buyer sent before the change, which AT delivers only now: it answered the old price.
        at.replyFrom(BUYER, "YES-" + id, beforeTheCorrection);
        await(
                "the buyer told the terms changed",
                () -> received(at, BUYER, "The terms of " + id + " changed after you sent YES", "KES 320,000.00"));
        assertThat(signed(service, base, key, id))
                .as("a YES sent before the change does not confirm the new terms")
                .isZero();

        // The buyer, still looking at the old summary, replies a plain YES after the change: it names no version of
        // the new terms, so it records nothing and the buyer is told the new total and the exact reply to send.
        at.replyFrom(BUYER, "YES-" + id);
        await(
                "the buyer told which reply agrees to the new terms",
                () -> received(at, BUYER, "Your YES was not counted", "KES 320,000.00", "reply " + buyersReply));
        assertThat(signed(service, base, key, id))
                .as("a plain YES after the change does not confirm the new terms")
                .isZero();

        // Both say YES to the corrected terms with the reply they were sent; the seller's alone does not confirm.
        at.replyFrom(SELLER, "ndiyo " + sellersReply.substring("YES-".length()));
        await("the seller's YES", () -> signed(service, base, key, id) == 1);
        assertThat(json(service, get(base, "/api/v1/contracts/" + id, key))).containsEntry("status", "pending");
        await("the seller told the total agreed", () -> received(at, SELLER, "You confirmed", "total KES 320,000.00"));
        at.replyFrom(BUYER, buyersReply);
        await("confirmed", () -> contract(service, base, key, id).get("status").equals("confirmed"));
        Map<String, Object> confirmed = contract(service, base, key, id);
        assertThat(amount(confirmed.get("total_amount"))).isEqualByComparingTo("320000");
        assertThat(confirmed.get("contract_hash")).isEqualTo(amended.get("contract_hash"));
        await(
                "confirmation SMS with the total",
                () -> received(at, SELLER, "VoicePact: Contract " + id + " is confirmed", "total KES 320,000.00")
                        && received(at, BUYER, "VoicePact: Contract " + id + " is confirmed", "total KES 320,000.00"));

        // One change, audited once, told once to each party; the chain intact.
        for (String phone : List.of(BUYER, SELLER)) {
            assertThat(at.inbox(phone))
                    .filteredOn(m -> m.text().contains(change))
                    .hasSize(1);
        }
        assertThat(service.getBean(AuditLog.class).forSubject(id))
                .filteredOn(e -> e.record().action().equals(AuditAction.TERMS_AMENDED.stored()))
                .singleElement()
                .satisfies(e -> assertThat(e.record().details())
                        .contains("field=price", "from=KES 3500.00", "to=KES 3200.00", "party=" + SELLER));
        assertThat(json(service, get(base, "/api/v1/audit/verify", key))).containsEntry("intact", true);
    }

    /** The YES reply the SMS containing {@code marker} asks {@code phone} for ({@code Reply YES-... to confirm}). */
    private static String replyAsked(AtSandbox at, String phone, String marker) {
        java.util.regex.Pattern reply = java.util.regex.Pattern.compile("Reply (YES-\\S+) to confirm");
        return at.inbox(phone).stream()
                .map(m -> m.text())
                .filter(t -> t.contains(marker))
                .map(reply::matcher)
                .filter(java.util.regex.Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no reply asked of " + phone + " in " + at.inbox(phone)));
    }

    private static boolean received(AtSandbox at, String phone, String... parts) {
        return at.inbox(phone).stream().anyMatch(m -> List.of(parts).stream().allMatch(m.text()::contains));
    }

    private static String get(URI base, String path, String key) {
        return Http.get(base, path, key).body();
    }

    private static Map<String, Object> contract(ApplicationContext service, URI base, String key, String id) {
        try {
            return json(service, get(base, "/api/v1/contracts/" + id, key));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static int signed(ApplicationContext service, URI base, String key, String id) {
        try {
            Map<String, Object> status = json(service, get(base, "/api/v1/contracts/" + id + "/status", key));
            return ((Number) ((Map<String, Object>) status.get("progress")).get("signed")).intValue();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigDecimal amount(Object json) {
        return new BigDecimal(String.valueOf(json));
    }
}
