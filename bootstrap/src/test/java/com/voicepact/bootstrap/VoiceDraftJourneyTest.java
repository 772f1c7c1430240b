package com.voicepact.bootstrap;

import static com.voicepact.bootstrap.Eventually.await;
import static com.voicepact.bootstrap.Eventually.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.sandbox.africastalking.AtSandbox;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's voice journeys through the local AT sandbox on the running service: a call where the price is never
 * said keeps a draft, the parties are asked for the price by SMS, one sends it and the contract is made with the
 * draft's id, then both confirm; and a call whose place was only guessed has it marked in the summary until a party
 * corrects it.
 */
class VoiceDraftJourneyTest {

    private static final String BUYER = "+254712345678";
    private static final String SELLER = "+254722000111";
    private static final Pattern PRICE_COMMAND = Pattern.compile("PRICE-(AG-\\d{4}-\\d{6}) <price>");

    @TempDir
    Path dataDir;

    private ApplicationContext start() {
        return Application.start(
                Map.of("VOICEPACT_DATA_DIR", dataDir.toString(), "VOICEPACT_SANDBOX_PORT", "0"),
                Map.of(
                        "micronaut.server.port",
                        -1,
                        "voicepact.dispatch-interval",
                        "200ms",
                        "voicepact.voice-interval",
                        "200ms"));
    }

    /** A negotiation call answered and hung up after {@code said}; answers the call's recording path. */
    private static String call(ApplicationContext service, URI base, String key, String said) throws Exception {
        AtSandbox at = service.getBean(AtSandbox.class);
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
        assertThat(at.hangUp(session, said)).contains("webhook_processed");
        return "/api/v1/voice/recordings/" + call.get("conference_id");
    }

    private static boolean received(AtSandbox at, String phone, String text) {
        return at.inbox(phone).stream().anyMatch(m -> m.text().contains(text));
    }

    private static Map<String, Object> contract(ApplicationContext service, URI base, String key, String id) {
        try {
            return json(service, Http.get(base, "/api/v1/contracts/" + id, key).body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void givenACallWhereThePriceIsNeverSaid_whenAPartySendsItBySms_thenTheContractWithTheDraftsIdIsConfirmed()
            throws Exception {
        try (ApplicationContext service = start()) {
            URI base = service.getBean(EmbeddedServer.class).getURI();
            AtSandbox at = service.getBean(AtSandbox.class);
            String key = Files.readString(dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE))
                    .strip();

            String recording =
                    call(service, base, key, "nitakuuzia magunia mia moja ya mahindi, tutaongea kuhusu bei kesho");
            await(
                    "the price asked of both parties",
                    () -> received(at, BUYER, "No need to call again: reply PRICE-")
                            && received(at, SELLER, "No need to call again: reply PRICE-"));
            String asked = at.inbox(SELLER).stream()
                    .filter(m -> m.text().contains("PRICE-"))
                    .findFirst()
                    .orElseThrow()
                    .text();
            Matcher m = PRICE_COMMAND.matcher(asked);
            assertThat(m.find()).as(asked).isTrue();
            String id = m.group(1);
            assertThat(asked).contains("draft " + id + " but we did not hear the price");
            assertThat(json(service, Http.get(base, recording, key).body()))
                    .containsEntry("processing_status", "incomplete");
            assertThat(Http.get(base, "/api/v1/contracts/" + id, key).statusCode())
                    .as("no contract before the price")
                    .isEqualTo(404);

            at.replyFrom(SELLER, "PRICE-" + id + " 3500");
            await(
                    "the summary to both parties",
                    () -> received(at, BUYER, "YES-" + id) && received(at, SELLER, "YES-" + id));
            assertThat(at.inbox(BUYER))
                    .filteredOn(s -> s.text().startsWith("VoicePact Contract Summary:"))
                    .singleElement()
                    .satisfies(s -> assertThat(s.text())
                            .contains("ID: " + id, "Total: KES 350,000.00,")
                            .doesNotContain("Not sure of: price"));
            assertThat(contract(service, base, key, id)).containsEntry("status", "pending");

            at.replyFrom(BUYER, "YES-" + id);
            at.replyFrom(SELLER, "YES-" + id);
            await(
                    "the contract confirmed",
                    () -> "confirmed".equals(contract(service, base, key, id).get("status")));
            Map<String, Object> confirmed = contract(service, base, key, id);
            @SuppressWarnings("unchecked")
            Map<String, Object> terms = (Map<String, Object>) confirmed.get("terms");
            assertThat(new BigDecimal(String.valueOf(terms.get("total_amount"))))
                    .isEqualByComparingTo("350000");
            assertThat(terms).containsEntry("product", "maize");
        }
    }

    @Test
    void givenACallWhosePlaceWasOnlyGuessed_whenTheContractIsMade_thenTheSummaryMarksItAndSaysHowToCorrectIt()
            throws Exception {
        try (ApplicationContext service = start()) {
            URI base = service.getBean(EmbeddedServer.class).getURI();
            AtSandbox at = service.getBean(AtSandbox.class);
            String key = Files.readString(dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE))
                    .strip();

            String recording =
                    call(service, base, key, "100 bags of maize at 3500 shillings per bag, we meet in Kwamboo");
            await(
                    "the contract made",
                    () -> Http.get(base, recording, key).body().contains("contract_created"));
            String id = (String)
                    json(service, Http.get(base, recording, key).body()).get("contract_id");
            await("the summary", () -> received(at, BUYER, "YES-" + id));
            assertThat(at.inbox(BUYER))
                    .filteredOn(s -> s.text().startsWith("VoicePact Contract Summary:"))
                    .singleElement()
                    .satisfies(s -> assertThat(s.text())
                            .contains("Total: KES 350,000.00, Due:")
                            .endsWith("Not sure of: place (Kwamboo). Wrong? Reply PLACE-" + id + " <place>"));

            at.replyFrom(SELLER, "PLACE-" + id + " Kitale");
            await(
                    "the new summary",
                    () -> at.inbox(BUYER).stream()
                                    .filter(s -> s.text().contains("VoicePact Contract Summary:"))
                                    .count()
                            == 2);
            assertThat(at.inbox(BUYER))
                    .filteredOn(s -> s.text().contains("VoicePact Contract Summary:"))
                    .last()
                    .satisfies(s -> assertThat(s.text()).doesNotContain("Not sure of", "?"));
            assertThat(contract(service, base, key, id).get("terms").toString()).contains("delivery_location=Kitale");
        }
    }
}
