package com.voicepact.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.messaging.Language;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A session whose accumulated {@code text} passes 200 characters (a farmer who keeps paging and going
 * back) gets an {@code END} screen asking to dial again, with HTTP 200: any other status is a network
 * error on the phone. Over a real socket.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UssdLongSessionApiTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private EmbeddedServer server;
    private ApiClient at;
    private InMemoryVoicePact app;

    @BeforeAll
    void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1));
        at = new ApiClient(server.getURI(), server.getApplicationContext().getBean(JsonMapper.class), null);
        app = server.getApplicationContext().getBean(InMemoryVoicePact.class);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private ApiClient.Answer hop(String session, String phone, String text) {
        return at.postWith(
                "/api/v1/ussd/",
                FORM,
                "sessionId=" + session + "&serviceCode=%2A384%2A123%23&phoneNumber=" + phone.replace("+", "%2B")
                        + "&networkCode=63902&text=" + text.replace("*", "%2A"),
                Map.of());
    }

    private static String backAndForth(int hops) {
        return String.join("*", java.util.Collections.nCopies(hops, "4*0")); // Help, Back, Help, Back, ...
    }

    @Test
    void givenTextOver200Characters_whenPosted_then200WithAnEndScreenToDialAgain() {
        String text = backAndForth(51); // 203 characters
        assertThat(text).hasSizeGreaterThan(200);
        hop("ATUid_long", "+254722000111", "");

        ApiClient.Answer answer = hop("ATUid_long", "+254722000111", text);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(answer.body()).isEqualTo("END This session is too long. Please dial again.");
        assertThat(hop("ATUid_long", "+254722000111", text + "*1").body())
                .as("and stays so")
                .isEqualTo(answer.body());
    }

    @Test
    void givenSwahiliSpeaker_whenTheSessionPasses200Characters_thenTheEndScreenIsInKiswahili() {
        app.languages.choose(PhoneNumber.parse("+254733000222", "KE"), Language.SW);

        ApiClient.Answer answer = hop("ATUid_long_sw", "+254733000222", backAndForth(60));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("END Kipindi hiki ni kirefu mno. Tafadhali piga tena.");
    }

    @Test
    void givenASessionIdLongerThanAnyAtSends_whenPosted_thenRefusedWithThatReason_notAsMissing() {
        ApiClient.Answer answer = hop("S".repeat(400), "+254722000111", "");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).isEqualTo("END Invalid request: sessionId is longer than 100 characters");
    }

    @Test
    void givenTextOfExactly200Characters_whenPosted_thenTheMenuStillAnswers() {
        String exact = "1".repeat(200);
        hop("ATUid_edge", "+254722000111", "");
        assertThat(hop("ATUid_edge", "+254722000111", exact).body()).startsWith("CON ");
    }
}
