package com.voicepact.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.fakes.CreateContractCommands;
import com.voicepact.application.fakes.InMemoryVoicePact;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The operator's JSON endpoints for voice and SMS over a real socket, fed what careless clients send:
 * a number where a text belongs, an object or a text where a list belongs, a missing field, {@code null},
 * and the {@code "None"} a Python client writes for nothing. Each is a 400 whose reason names the field
 * in the client's words (never a class name or parser token), and nothing is sent or started.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperatorJsonTypesApiTest {

    private static final String TWO = "[\"0712345678\", \"0722000111\"]";
    private EmbeddedServer server;
    private ApiClient operator;
    private InMemoryVoicePact app;
    private String contract;

    private record Case(String path, String body, String reason) {}

    @BeforeAll
    void start() {
        server = ApplicationContext.run(
                EmbeddedServer.class,
                Map.of("micronaut.server.port", -1, "micronaut.serde.serialization.inclusion", "ALWAYS"));
        operator = ApiClient.asOperator(server);
        app = server.getApplicationContext().getBean(InMemoryVoicePact.class);
        contract = app.create.create(CreateContractCommands.maizeDeal()).id().value();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private static List<Case> voice(String path, String extra) {
        return List.of(
                new Case(path, "{" + extra + "}", "parties"),
                new Case(path, "{" + extra + ", \"parties\": null}", "parties"),
                new Case(path, "{" + extra + ", \"parties\": \"0712345678\"}", "parties must be a list"),
                new Case(path, "{" + extra + ", \"parties\": {\"phone\": \"0712345678\"}}", "parties must be a list"),
                new Case(path, "{" + extra + ", \"parties\": 712345678}", "parties must be a list"),
                new Case(path, "{" + extra + ", \"parties\": [\"0712345678\"]}", "parties: at least two"),
                new Case(path, "{" + extra + ", \"parties\": [712345678, 722000111]}", "parties[0]"),
                new Case(path, "{" + extra + ", \"parties\": [null, \"0722000111\"]}", "parties[0]"),
                new Case(path, "{" + extra + ", \"parties\": [\"0712345678\", [\"0722000111\"]]}", "parties[1]"),
                new Case(path, "{" + extra + ", \"parties\": [\"None\", \"0722000111\"]}", "parties[0]"),
                new Case(
                        path,
                        "{" + extra + ", \"parties\": [\"0712345678\", {\"phone\": 722000111}]}",
                        "parties[1].phone"),
                new Case(
                        path,
                        "{" + extra + ", \"parties\": [\"0712345678\", {\"phone\": \"None\"}]}",
                        "parties[1].phone"),
                new Case(
                        path,
                        "{" + extra + ", \"parties\": [\"0712345678\", {\"name\": \"Amina\"}]}",
                        "parties[1].phone"),
                new Case(
                        path,
                        "{" + extra + ", \"parties\": [\"0712345678\", {\"phone\": \"0722000111\", \"role\": 2}]}",
                        "parties[1].role"),
                new Case(
                        path,
                        "{" + extra
                                + ", \"parties\": [\"0712345678\", {\"phone\": \"0722000111\", \"name\": {\"first\": \"A\"}}]}",
                        "parties[1].name"),
                new Case(path, "{" + extra + ", \"parties\": " + TWO + ", \"contract_type\": 3}", "contract_type"),
                new Case(
                        path,
                        "{" + extra + ", \"parties\": " + TWO + ", \"contract_type\": [\"logistics\"]}",
                        "contract_type"),
                new Case(path, "[" + TWO + "]", "body"),
                new Case(path, "\"0712345678\"", "body"));
    }

    private List<Case> sms() {
        return List.of(
                new Case("/api/v1/sms/send", "{\"message\": \"Hi\"}", "phoneNumber"),
                new Case("/api/v1/sms/send", "{\"phoneNumber\": \"None\", \"message\": \"Hi\"}", "phoneNumber"),
                new Case("/api/v1/sms/send", "{\"phoneNumber\": 254722000111, \"message\": \"Hi\"}", "phoneNumber"),
                new Case(
                        "/api/v1/sms/send",
                        "{\"phoneNumber\": [\"+254722000111\"], \"message\": \"Hi\"}",
                        "phoneNumber"),
                new Case("/api/v1/sms/send", "{\"phoneNumber\": \"+254722000111\"}", "message"),
                new Case("/api/v1/sms/send", "{\"phoneNumber\": \"+254722000111\", \"message\": \"None\"}", "message"),
                new Case(
                        "/api/v1/sms/send",
                        "{\"phoneNumber\": \"+254722000111\", \"message\": {\"text\": \"Hi\"}}",
                        "message"),
                new Case("/api/v1/sms/send", "{\"phoneNumber\": \"+254722000111\", \"message\": 42}", "message"),
                new Case("/api/v1/sms/send", "[\"+254722000111\", \"Hi\"]", "body"),
                new Case("/api/v1/sms/send/bulk", "{\"message\": \"Hi\"}", "recipients"),
                new Case(
                        "/api/v1/sms/send/bulk", "{\"recipients\": \"0712345678\", \"message\": \"Hi\"}", "recipients"),
                new Case(
                        "/api/v1/sms/send/bulk",
                        "{\"recipients\": {\"to\": \"0712345678\"}, \"message\": \"Hi\"}",
                        "recipients"),
                new Case("/api/v1/sms/send/bulk", "{\"recipients\": [712345678], \"message\": \"Hi\"}", "recipients"),
                new Case(
                        "/api/v1/sms/send/bulk",
                        "{\"recipients\": [\"0712345678\", null], \"message\": \"Hi\"}",
                        "recipients[1]"),
                new Case(
                        "/api/v1/sms/send/bulk",
                        "{\"recipients\": [\"0712345678\", \"None\"], \"message\": \"Hi\"}",
                        "recipients[1]"),
                new Case(
                        "/api/v1/sms/send/bulk",
                        "{\"recipients\": [\"0712345678\"], \"message\": \"None\"}",
                        "message"),
                new Case(
                        "/api/v1/sms/send/bulk",
                        "{\"recipients\": [\"0712345678\"], \"message\": [\"Hi\"]}",
                        "message"),
                new Case("/api/v1/sms/send/contract", "{}", "contract_id"),
                new Case("/api/v1/sms/send/contract", "{\"contract_id\": \"None\"}", "contract_id"),
                new Case("/api/v1/sms/send/contract", "{\"contract_id\": 2027}", "contract_id"),
                new Case(
                        "/api/v1/sms/send/contract",
                        "{\"contract_id\": {\"id\": \"" + contract + "\"}}",
                        "contract_id"),
                new Case(
                        "/api/v1/sms/send/contract",
                        "{\"contract_id\": \"" + contract + "\", \"recipients\": \"0712345678\"}",
                        "recipients"),
                new Case(
                        "/api/v1/sms/send/contract",
                        "{\"contract_id\": \"" + contract + "\", \"recipients\": [\"None\"]}",
                        "recipients[0]"));
    }

    @Test
    void
            givenWrongJsonTypesMissingFieldsAndNonePlaceholders_whenPosted_then400NamingTheField_andNothingSentOrStarted() {
        int sent = app.sms.sent().size();
        int pending = app.outbox.pending().size();
        SoftAssertions soft = new SoftAssertions();
        List<Case> cases =
                new java.util.ArrayList<>(voice("/api/v1/voice/conference/create", "\"contract_type\": \"logistics\""));
        cases.addAll(voice("/api/v1/voice/process", "\"audio_url\": \"https://files.example/deal.wav\""));
        cases.add(new Case("/api/v1/voice/process", "{\"parties\": " + TWO + "}", "audio_url"));
        cases.add(
                new Case("/api/v1/voice/process", "{\"audio_url\": \"None\", \"parties\": " + TWO + "}", "audio_url"));
        cases.add(new Case("/api/v1/voice/process", "{\"audio_url\": 7, \"parties\": " + TWO + "}", "audio_url"));
        cases.add(new Case(
                "/api/v1/voice/process", "{\"audio_url\": {\"href\": \"x\"}, \"parties\": " + TWO + "}", "audio_url"));
        cases.addAll(sms());
        for (Case c : cases) {
            ApiClient.Answer answer = operator.post(c.path(), c.body());
            String what = c.path() + " " + c.body() + " -> " + answer.body();
            soft.assertThat(answer.status()).as(what).isEqualTo(400);
            soft.assertThat(String.valueOf(answer.json().get("reason")))
                    .as(what)
                    .contains(c.reason());
            soft.assertThatCode(() -> ErrorStatusTableTest.assertNothingInternal(answer.body()))
                    .as(what)
                    .doesNotThrowAnyException();
        }
        soft.assertThat(app.sms.sent()).as("nothing sent").hasSize(sent);
        soft.assertThat(app.outbox.pending()).as("nothing queued").hasSize(pending);
        soft.assertAll();
    }

    @Test
    void givenNoneForAnOptionalField_whenPosted_thenReadAsAbsent() {
        app.clock.advance(Duration.ofSeconds(1)); // call ids derive from parties and time
        ApiClient.Answer started = operator.post(
                "/api/v1/voice/conference/create",
                "{\"parties\": [\"0712345678\", {\"phone\": \"0722000111\", \"role\": \"None\", \"name\": \"None\"}], \"contract_type\": \"None\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        ApiClient.Answer summary = operator.post(
                "/api/v1/sms/send/contract", "{\"contract_id\": \"" + contract + "\", \"terms\": \"None\"}");
        assertThat(summary.status()).as(summary.body()).isEqualTo(200);
        assertThat(summary.<List<?>>get("recipients"))
                .as("every party; terms are read from the stored contract")
                .hasSize(2);
    }
}
