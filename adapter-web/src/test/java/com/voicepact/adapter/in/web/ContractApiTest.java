package com.voicepact.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.domain.audit.AuditEntry;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The contract API over a real socket, on the real use cases with in-memory ports. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractApiTest {

    static final String BUYER = "+254712345678";
    static final String SELLER = "+254722000111";
    private EmbeddedServer server;
    private ApiClient api;
    private InMemoryVoicePact app;

    @BeforeAll
    void start() {
        server = ApplicationContext.run(
                EmbeddedServer.class,
                Map.of(
                        "micronaut.server.port",
                        -1,
                        "micronaut.server.max-request-size",
                        "1MB",
                        "micronaut.serde.serialization.inclusion",
                        "ALWAYS",
                        "voicepact.default-country",
                        "KE"));
        api = ApiClient.asOperator(server);
        app = server.getApplicationContext().getBean(InMemoryVoicePact.class);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    static String createBody(String buyer, String seller, String extraTerms) {
        return """
                {"transcript": "Tuna makubaliano: magunia 50 ya mahindi kwa 3500 kila moja",
                 "contract_type": "agricultural_supply",
                 "parties": [{"phone": "%s", "role": "buyer", "name": "Amina"},
                             {"phone": "%s", "role": "seller", "name": "John"}],
                 "terms": {"product": "Maize", "quantity": 50, "unit": "bags", "unit_price": 3500,
                           "currency": "KES", "delivery_location": "Nakuru", "delivery_deadline": "2026-12-20"%s}}
                """.formatted(buyer, seller, extraTerms);
    }

    private String createdId() {
        ApiClient.Answer created = api.post("/api/v1/contracts/create", createBody(BUYER, SELLER, ""));
        assertThat(created.status()).isEqualTo(201);
        return created.get("contract_id");
    }

    @Nested
    class Creating {
        @Test
        void givenValidContract_whenCreated_then201WithTheOriginalProductsFields() {
            ApiClient.Answer created =
                    api.post("/api/v1/contracts/create", createBody("0712 345 678", "254722000111", ""));
            assertThat(created.status()).isEqualTo(201);
            assertThat((String) created.get("contract_id")).matches("AG-\\d{4}-\\d{6}");
            assertThat((String) created.get("status")).isEqualTo("pending");
            assertThat(created.body()).contains("\"total_amount\":175000.00").contains("\"currency\":\"KES\"");
            assertThat((String) created.get("contract_hash")).hasSize(64);
            assertThat(created.json()).containsKeys("created_at", "expires_at");
            List<Map<String, Object>> parties = created.get("parties");
            assertThat(parties).extracting(p -> p.get("phone_number")).containsExactly(BUYER, SELLER);
            assertThat(parties).extracting(p -> p.get("role")).containsExactly("buyer", "seller");
        }

        @Test
        void givenManualTerms_whenCreated_thenTranscriptLineIsGenerated() {
            ApiClient.Answer created = api.post("/api/v1/contracts/create/manual", """
                    {"product": "Beans", "total_amount": 12000.50, "currency": "KES",
                     "parties": [{"phone": "%s", "role": "buyer"}, {"phone": "%s", "role": "seller"}]}
                    """.formatted(BUYER, SELLER));
            assertThat(created.status()).isEqualTo(201);
            assertThat(created.body()).contains("\"total_amount\":12000.50");
            String id = created.get("contract_id");
            assertThat(app.queries
                            .get(com.voicepact.domain.contract.ContractId.parse(id))
                            .agreement()
                            .transcript())
                    .isEqualTo("Manual contract creation: Beans for KES 12000.50");
        }

        @Test
        void givenCreation_whenAudited_thenTheOperatorKeyIsTheActor() {
            String id = createdId();
            AuditEntry entry = app.auditLog.forSubject(id).get(0);
            assertThat(entry.record().actor()).matches("operator:[0-9a-f]{12}");
        }
    }

    @Nested
    class BadInput {
        private void assert400(String body, String reasonFragment) {
            long before = app.contracts
                    .search(new com.voicepact.application.contract.port.shared.ContractSearch(null, null, 100, 0))
                    .total();
            ApiClient.Answer answer = api.post("/api/v1/contracts/create", body);
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat((String) answer.get("reason")).containsIgnoringCase(reasonFragment);
            assertThat((String) answer.get("error")).isEqualTo("bad_request");
            assertThat(app.contracts
                            .search(new com.voicepact.application.contract.port.shared.ContractSearch(
                                    null, null, 100, 0))
                            .total())
                    .as("nothing is created")
                    .isEqualTo(before);
        }

        @Test
        void givenPhoneThatIsNotANumber_when_created_then400() {
            assert400(createBody("07123", SELLER, ""), "phone number");
        }

        @Test
        void givenNegativeAmount_whenCreated_then400() {
            assert400(createBody(BUYER, SELLER, ", \"total_amount\": -5"), "total_amount must be between 0.01 and");
        }

        @Test
        void givenTotalInconsistentWithQuantityTimesPrice_whenCreated_then400() {
            assert400(createBody(BUYER, SELLER, ", \"total_amount\": 1000"), "inconsistent");
        }

        @Test
        void givenUnknownRole_whenCreated_then400() {
            assert400(createBody(BUYER, SELLER, "").replace("\"seller\"", "\"broker\""), "unknown role");
        }

        @Test
        void givenOneParty_whenCreated_then400() {
            assert400("""
                    {"parties": [{"phone": "%s", "role": "buyer"}], "terms": {"product": "Maize", "total_amount": 10}}
                    """.formatted(BUYER), "at least two parties");
        }

        @Test
        void givenMoreDecimalsThanTheCurrencyHas_whenCreated_then400() {
            assert400(
                    createBody(BUYER, SELLER, "").replace("\"unit_price\": 3500", "\"unit_price\": 3500.125"),
                    "decimals");
        }

        @Test
        void givenUnsupportedCurrencyOrBadDate_whenCreated_then400() {
            assert400(createBody(BUYER, SELLER, "").replace("\"KES\"", "\"USD\""), "unsupported currency");
            assert400(createBody(BUYER, SELLER, "").replace("2026-12-20", "next friday"), "delivery_deadline");
        }

        @Test
        void givenMalformedJson_whenCreated_then400WithJsonReason() {
            ApiClient.Answer answer = api.post("/api/v1/contracts/create", "{\"parties\": [");
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.json()).containsKeys("error", "reason");
        }

        @Test
        void givenTenMegabyteBody_whenPosted_then413AndNothingCreated() {
            byte[] huge = new byte[10 * 1024 * 1024];
            java.util.Arrays.fill(huge, (byte) ' ');
            huge[0] = '{';
            huge[huge.length - 1] = '}';
            ApiClient.Answer answer = api.postBytes("/api/v1/contracts/create", huge);
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.json()).containsKey("reason");
        }

        @Test
        void givenBadListParameters_whenListed_then400() {
            assertThat(api.get("/api/v1/contracts?limit=500").status()).isEqualTo(400);
            assertThat(api.get("/api/v1/contracts?offset=-1").status()).isEqualTo(400);
            assertThat((String) api.get("/api/v1/contracts?status=finished").get("reason"))
                    .contains("unknown contract status");
            assertThat(api.get("/api/v1/contracts?phone_number=hello").status()).isEqualTo(400);
        }

        @Test
        void givenMalformedOrUnknownId_whenRead_then400Or404() {
            assertThat(api.get("/api/v1/contracts/not-an-id").status()).isEqualTo(400);
            ApiClient.Answer unknown = api.get("/api/v1/contracts/AG-2026-999999");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat((String) unknown.get("reason")).contains("AG-2026-999999");
            assertThat(api.post("/api/v1/contracts/AG-2026-999999/confirm?phone_number=" + BUYER, null)
                            .status())
                    .isEqualTo(404);
        }
    }

    @Nested
    class Confirming {
        @Test
        void givenPendingContract_whenBothPartiesConfirmByQueryAndBody_thenConfirmedWithProgress() {
            String id = createdId();
            ApiClient.Answer first =
                    api.post("/api/v1/contracts/" + id + "/confirm?phone_number=%2B254712345678", null);
            assertThat(first.status()).isEqualTo(200);
            assertThat(first.json())
                    .containsEntry("status", "confirmed")
                    .containsEntry("signed_by", BUYER)
                    .containsEntry("all_signed", false);
            ApiClient.Answer second =
                    api.post("/api/v1/contracts/" + id + "/confirm", "{\"phone_number\": \"0722000111\"}");
            assertThat(second.json()).containsEntry("all_signed", true).containsEntry("contract_status", "confirmed");

            ApiClient.Answer status = api.get("/api/v1/contracts/" + id + "/status");
            assertThat(status.json()).containsEntry("status", "confirmed");
            assertThat(status.<Map<String, Object>>get("progress"))
                    .containsEntry("signed", 2)
                    .containsEntry("complete", true);
            List<Map<String, Object>> signatures = status.get("signatures");
            assertThat(signatures).extracting(s -> s.get("status")).containsOnly("signed");
            assertThat(signatures).extracting(s -> s.get("channel")).containsOnly("api");
            assertThat(app.auditLog.forSubject(id).get(2).record().actor()).endsWith(" for +254722000111");
        }

        @Test
        void givenDeclinedContract_whenConfirmed_then409WithReason() {
            String id = createdId();
            assertThat(api.post("/api/v1/contracts/" + id + "/decline?phone_number=" + SELLER.replace("+", "%2B"), null)
                            .json())
                    .containsEntry("contract_status", "cancelled");
            ApiClient.Answer late =
                    api.post("/api/v1/contracts/" + id + "/confirm", "{\"phone_number\": \"" + BUYER + "\"}");
            assertThat(late.status()).isEqualTo(409);
            assertThat((String) late.get("reason")).contains("CANCELLED");
        }

        @Test
        void givenStranger_whenConfirming_then403AndNothingRecorded() {
            String id = createdId();
            ApiClient.Answer answer =
                    api.post("/api/v1/contracts/" + id + "/confirm", "{\"phone_number\": \"+254799999999\"}");
            assertThat(answer.status()).isEqualTo(403);
            assertThat(api.get("/api/v1/contracts/" + id + "/status").<Map<String, Object>>get("progress"))
                    .containsEntry("signed", 0);
        }

        @Test
        void givenNoPhone_whenConfirming_then400() {
            assertThat(api.post("/api/v1/contracts/" + createdId() + "/confirm", null)
                            .status())
                    .isEqualTo(400);
        }

        @Test
        void givenStaleVersionAfterRetries_whenConfirming_then409() {
            String id = createdId();
            WebTestApplication.NEXT_CONFIRM_CONFLICTS.set(true);
            ApiClient.Answer answer =
                    api.post("/api/v1/contracts/" + id + "/confirm", "{\"phone_number\": \"" + BUYER + "\"}");
            assertThat(answer.status()).isEqualTo(409);
            assertThat((String) answer.get("reason")).contains("changed concurrently");
        }
    }

    @Nested
    class Listing {
        @Test
        void givenContracts_whenListedByPhoneStatusAndPage_thenPageWithTrueTotal() {
            String other = "+254733000222";
            for (int i = 0; i < 3; i++) {
                api.post("/api/v1/contracts/create", createBody(other, SELLER, ""));
            }
            ApiClient.Answer page =
                    api.get("/api/v1/contracts?phone_number=%2B254733000222&status=pending&limit=2&offset=0");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.json())
                    .containsEntry("total", 3)
                    .containsEntry("limit", 2)
                    .containsEntry("offset", 0);
            assertThat(page.<List<?>>get("contracts")).hasSize(2);
            assertThat(api.get("/api/v1/contracts?phone_number=0733000222&offset=2")
                            .<List<?>>get("contracts"))
                    .hasSize(1);
        }
    }

    @Nested
    class Audit {
        @Test
        void givenHistory_whenVerified_thenIntact_andAfterTamperingBroken() {
            createdId();
            ApiClient.Answer intact = api.get("/api/v1/audit/verify");
            assertThat(intact.json()).containsEntry("intact", true);
            app.auditLog.tamper(
                    1,
                    e -> new AuditEntry(
                            e.sequence(),
                            new com.voicepact.domain.audit.AuditRecord(
                                    e.record().at(),
                                    "operator:forged",
                                    e.record().action(),
                                    e.record().subject(),
                                    e.record().oldStatus(),
                                    e.record().newStatus(),
                                    e.record().details()),
                            e.previousMac(),
                            e.mac()));
            ApiClient.Answer broken = api.get("/api/v1/audit/verify");
            assertThat(broken.json()).containsEntry("intact", false).containsEntry("first_broken_sequence", 1);
            assertThat(api.withKey(null).get("/api/v1/audit/verify").status()).isEqualTo(401);
        }
    }

    @Nested
    class Security {
        @Test
        void givenNoKey_whenCallingOperatorEndpoints_then401WithReason() {
            ApiClient anonymous = api.withKey(null);
            ApiClient.Answer answer = anonymous.get("/api/v1/contracts");
            assertThat(answer.status()).isEqualTo(401);
            assertThat((String) answer.get("reason")).contains("X-API-Key");
            assertThat(anonymous
                            .post("/api/v1/contracts/create", createBody(BUYER, SELLER, ""))
                            .status())
                    .isEqualTo(401);
        }

        @Test
        void givenWrongKey_whenCalling_then401() {
            assertThat(api.withKey("guess").get("/api/v1/contracts").status()).isEqualTo(401);
        }

        @Test
        void givenNoKey_whenReadingHealthAndInfo_thenAnswered() {
            ApiClient anonymous = api.withKey(null);
            assertThat(anonymous.get("/info").json())
                    .containsEntry("app_name", "VoicePact")
                    .containsKey("features");
            assertThat(anonymous.get("/").json()).containsEntry("app", "VoicePact");
            ApiClient.Answer health = anonymous.get("/health");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.json()).containsEntry("status", "healthy");
            assertThat(health.<Map<String, Object>>get("services")).containsEntry("database", "healthy");
        }

        @Test
        void givenOpenCircuit_whenOperatorResetsIt_thenClosedAndAudited_andUnknownOrAnonymousRefused() {
            assertThat(api.withKey(null)
                            .post("/api/v1/admin/circuits/sms/reset", null)
                            .status())
                    .isEqualTo(401);
            assertThat(api.post("/api/v1/admin/circuits/fax/reset", null).status())
                    .isEqualTo(400);
            ApiClient.Answer reset = api.post("/api/v1/admin/circuits/sms/reset", null);
            assertThat(reset.status()).isEqualTo(200);
            assertThat(reset.json()).containsEntry("sms", "CLOSED");
            assertThat(app.auditLog.latest().orElseThrow().record().action()).isEqualTo("CIRCUIT_RESET");
        }

        @Test
        void givenDatabaseDown_whenHealthChecked_then503Unhealthy() {
            WebTestApplication.DATABASE_UP.set(false);
            try {
                ApiClient.Answer health = api.get("/health");
                assertThat(health.status()).isEqualTo(503);
                assertThat(health.json()).containsEntry("status", "unhealthy");
            } finally {
                WebTestApplication.DATABASE_UP.set(true);
            }
        }
    }
}
