package com.voicepact.bootstrap;

import static com.voicepact.bootstrap.Eventually.await;
import static com.voicepact.bootstrap.Eventually.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.phone.port.out.SmsLog;
import com.voicepact.sandbox.africastalking.AtSandbox;
import com.voicepact.sandbox.mpesa.DarajaSandbox;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole product, driven through the local sandboxes by provider-shaped HTTP only (SMS replies, USSD
 * hops, the STK prompt answered on the phone): a contract, both YES by SMS, payment, delivery on USSD in Swahili,
 * ACCEPT by SMS, one payout, the right SMS in the right language, every SMS reported delivered, an intact
 * audit chain. Run on each payment provider: M-Pesa Daraja in its local sandbox (the embedded default, as
 * {@code java -jar} starts) and Africa's Talking payments ({@code PAYMENT_PROVIDER=africastalking}); AT carries the
 * SMS and USSD on both.
 */
class FarmerJourneyTest {

    /** Where the money moves, and what the journey checks of it there. */
    enum Provider {
        /** The embedded default: {@code PAYMENT_PROVIDER} unset. */
        MPESA(LocalPayments.MPESA) {
            @Override
            void assertMoneyMovedOnceAndConfirmed(ApplicationContext service) {
                DarajaPhone daraja = new DarajaPhone(service.getBean(DarajaSandbox.class));
                assertThat(daraja.callbacks("/stk"))
                        .as("the STK callback, answered")
                        .extracting(c -> c.status())
                        .containsExactly(200);
                assertThat(daraja.calls(DarajaPhone.STK_QUERY))
                        .as("the STK callback confirmed by an STK query")
                        .isNotEmpty();
                assertThat(daraja.calls(DarajaPhone.B2C)).as("paid once").hasSize(1);
                assertThat(daraja.callbacks("/b2c/result"))
                        .as("the B2C result, answered")
                        .extracting(c -> c.status())
                        .containsExactly(200);
                assertThat(daraja.calls(DarajaPhone.TRANSACTION_STATUS))
                        .as("the B2C result confirmed by Transaction Status")
                        .isNotEmpty();
                assertThat(daraja.sandbox().utilityAccount()).isEqualByComparingTo("0");
            }

            @Override
            void assertReconciliation(Map<String, Object> report) {
                assertThat(report)
                        .as("Daraja lists no movements: never clean unasked")
                        .containsEntry("clean", false)
                        .containsEntry("provider_checked", false)
                        .containsEntry("mismatches", List.of());
                assertThat((String) report.get("provider_unchecked")).contains("M-Pesa statement");
            }
        },
        AFRICASTALKING(LocalPayments.AFRICASTALKING) {
            @Override
            void assertMoneyMovedOnceAndConfirmed(ApplicationContext service) {
                AtSandbox at = service.getBean(AtSandbox.class);
                assertThat(at.requests())
                        .filteredOn(r -> r.path().equals("/mobile/b2c/request"))
                        .as("paid once")
                        .hasSize(1);
                assertThat(at.wallet()).isEqualByComparingTo("0");
            }

            @Override
            void assertReconciliation(Map<String, Object> report) {
                assertThat(report)
                        .as("a perfect run reconciles clean")
                        .containsEntry("clean", true)
                        .containsEntry("provider_checked", true);
            }
        };

        private final LocalPayments payments;

        Provider(LocalPayments payments) {
            this.payments = payments;
        }

        abstract void assertMoneyMovedOnceAndConfirmed(ApplicationContext service);

        abstract void assertReconciliation(Map<String, Object> report);
    }

    private static final String BUYER = "+254712345678";
    private static final String SELLER = "+254722000111";

    @TempDir
    Path dataDir;

    private static boolean received(AtSandbox sandbox, String phone, String prefix) {
        return sandbox.inbox(phone).stream().anyMatch(m -> m.text().startsWith(prefix));
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void givenABuyerAndASwahiliSpeakingFarmer_whenTheyDealByPhone_thenTheSellerIsPaidOnceAndEveryoneIsTold(
            Provider provider) throws Exception {
        try (ApplicationContext service = Application.start(
                provider.payments.environment(
                        Map.of("VOICEPACT_DATA_DIR", dataDir.toString(), "VOICEPACT_SANDBOX_PORT", "0")),
                Map.of("micronaut.server.port", -1, "voicepact.dispatch-interval", "200ms"))) {
            URI base = service.getBean(EmbeddedServer.class).getURI();
            AtSandbox at = service.getBean(AtSandbox.class);
            String key = Files.readString(dataDir.resolve(SecurityFactory.OPERATOR_KEY_FILE))
                    .strip();

            // The farmer chooses Kiswahili on USSD: 4 Help, 1 Language, 2 Kiswahili.
            at.dialUssd(SELLER, "lang-1", "");
            at.dialUssd(SELLER, "lang-1", "4");
            at.dialUssd(SELLER, "lang-1", "4*1");
            assertThat(at.dialUssd(SELLER, "lang-1", "4*1*2")).isEqualTo("END Lugha imewekwa: Kiswahili.");

            String created =
                    Http.post(base, "/api/v1/contracts/create", key, """
                    {"parties": [{"phone": "0712345678", "role": "buyer", "name": "Amina"},
                                 {"phone": "0722000111", "role": "seller", "name": "Juma"}],
                     "terms": {"product": "Maize", "quantity": 10, "unit": "bags", "unit_price": 900, "currency": "KES"}}""").body();
            String id = (String) json(service, created).get("contract_id");
            await(
                    "both summaries",
                    () -> received(at, BUYER, "VoicePact Contract Summary:")
                            && received(at, SELLER, "VoicePact Muhtasari wa Mkataba:"));

            at.replyFrom(BUYER, "YES-" + id);
            at.replyFrom(SELLER, "ndiyo " + id);
            await(
                    "the contract confirmed",
                    () -> statusOf(service, base, key, id).equals("confirmed"));
            await("confirmation SMS", () -> received(at, SELLER, "VoicePact: Mkataba " + id + " umekubaliwa"));

            String checkout = Http.post(
                            base,
                            "/api/v1/payments/checkout",
                            key,
                            "{\"contract_id\": \"" + id + "\", \"phone_number\": \"0712345678\", \"amount\": 9000}")
                    .body();
            provider.payments.payerApproves(
                    service, BUYER, (String) json(service, checkout).get("external_transaction_id"));
            await("the contract funded", () -> statusOf(service, base, key, id).equals("active"));
            await("escrow funded SMS to the buyer", () -> received(at, BUYER, "VoicePact Escrow Funded:"));
            await(
                    "escrow funded SMS to the seller, in Kiswahili",
                    () -> received(at, SELLER, "VoicePact Malipo Yamekamilika:"));

            // The farmer reports full delivery on USSD, in Kiswahili: 2, the contract, 1 full delivery.
            assertThat(at.dialUssd(SELLER, "deliver-1", "")).startsWith("CON Karibu VoicePact");
            assertThat(at.dialUssd(SELLER, "deliver-1", "2")).contains(id);
            assertThat(at.dialUssd(SELLER, "deliver-1", "2*1")).contains("1. Uwasilishaji Kamili");
            assertThat(at.dialUssd(SELLER, "deliver-1", "2*1*1")).startsWith("END Uwasilishaji kamili umethibitishwa!");
            await("delivery alert", () -> received(at, BUYER, "VoicePact Delivery Alert:"));

            at.replyFrom(BUYER, "ACCEPT-" + id);
            await(
                    "the contract completed",
                    () -> statusOf(service, base, key, id).equals("completed"));
            await("payout SMS", () -> received(at, SELLER, "VoicePact Malipo Yametolewa:"));

            // The sandbox reports each SMS delivered within the send request, before the send is logged.
            SmsLog smsLog = service.getBean(SmsLog.class);
            // The seller's four: summary, confirmed by all, escrow funded, payment released (logged after it reached
            // the phone).
            await(
                    "every SMS logged and delivered",
                    () -> smsLog.forRecipient(SELLER).size() >= 4
                            && Stream.of(BUYER, SELLER)
                                    .flatMap(p -> smsLog.forRecipient(p).stream())
                                    .allMatch(e -> e.status().equals("success") && e.deliveredAt() != null));

            provider.assertMoneyMovedOnceAndConfirmed(service);
            assertThat(at.inbox(BUYER)).noneMatch(m -> m.text().contains("Mkataba"));
            assertThat(at.inbox(SELLER)).noneMatch(m -> m.text().startsWith("VoicePact Contract Summary"));
            assertThat(json(service, Http.get(base, "/api/v1/audit/verify", key).body()))
                    .containsEntry("intact", true);
            assertThat(at.inbox(SELLER))
                    .filteredOn(m -> m.text().startsWith("VoicePact Malipo Yametolewa:"))
                    .as("one payout SMS")
                    .hasSize(1);

            // Every payout carries the provider's id, reconciliation says what it could check, and a second run adds no
            // audit entries.
            String history =
                    Http.get(base, "/api/v1/payments/history/" + id, key).body();
            assertThat(history).contains("external_transaction_id").doesNotContain("\"external_transaction_id\":null");
            String period = "?from=" + java.time.Instant.now().minusSeconds(3600) + "&to="
                    + java.time.Instant.now().plusSeconds(60);
            String report = Http.get(base, "/api/v1/payments/reconciliation" + period, key)
                    .body();
            provider.assertReconciliation(json(service, report));
            Object auditSize = json(
                            service, Http.get(base, "/api/v1/audit/verify", key).body())
                    .get("entries_checked");
            Http.get(base, "/api/v1/payments/reconciliation" + period, key);
            assertThat(json(service, Http.get(base, "/api/v1/audit/verify", key).body()))
                    .containsEntry("entries_checked", auditSize);
            assertThat(Http.get(base, "/management/metrics/voicepact.ussd.hops", key)
                            .body())
                    .contains("COUNT");
            assertThat(Http.get(base, "/management/metrics/voicepact.ussd.sessions", null)
                            .statusCode())
                    .isEqualTo(401);
        }
    }

    private static String statusOf(ApplicationContext service, URI base, String key, String id) {
        try {
            return (String)
                    json(service, Http.get(base, "/api/v1/contracts/" + id, key).body())
                            .get("status");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
