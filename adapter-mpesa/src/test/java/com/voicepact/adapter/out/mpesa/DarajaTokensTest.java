package com.voicepact.adapter.out.mpesa;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.shared.FailureReason;
import com.voicepact.domain.testdata.SettableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OAuth token over real HTTP: cached, refreshed before expiry, one refresh at a time, replaced once when Daraja calls it invalid. */
class DarajaTokensTest {

    private static final String TOKEN = DarajaClientTest.TOKEN;
    private static final String QUERY = DarajaClientTest.STK_QUERY;
    private static final String QUERY_ANSWER = "{\"ResponseCode\":\"0\",\"ResultCode\":\"0\",\"ResultDesc\":\"ok\"}";
    private final SettableClock clock = new SettableClock(java.time.Instant.parse("2026-11-30T07:15:30Z"));
    private CannedDaraja daraja;
    private DarajaConfig config;

    @BeforeEach
    void start() {
        daraja = new CannedDaraja();
        config = DarajaClientTest.config(daraja.url(), null, StkTransactionType.PAYBILL, null);
    }

    @AfterEach
    void stop() {
        daraja.close();
    }

    private DarajaTokens tokens() {
        return new DarajaTokens(new DarajaHttp(config), config, clock);
    }

    @Test
    void givenATokenForAnHour_whenAskedAgainWithinIt_thenTheCachedOneWithoutAskingDaraja() {
        DarajaTokens tokens = tokens();

        assertThat(tokens.token()).isEqualTo("token-1");
        clock.advance(Duration.ofMinutes(58));
        assertThat(tokens.token()).isEqualTo("token-1");
        assertThat(daraja.requestsTo(TOKEN)).hasSize(1);
    }

    @Test
    void givenATokenAboutToExpire_whenAsked_thenRefreshedBeforeItsExpiry() {
        DarajaTokens tokens = tokens();
        tokens.token();

        clock.advance(Duration.ofSeconds(3599 - 59));

        assertThat(tokens.token()).isEqualTo("token-2");
    }

    @Test
    void givenExpiresInAsANumber_whenFetched_thenAlsoUnderstood() {
        daraja.expiresIn("120");
        DarajaTokens tokens = tokens();

        assertThat(tokens.token()).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(59));
        assertThat(tokens.token()).isEqualTo("token-1");
        clock.advance(Duration.ofSeconds(2));
        assertThat(tokens.token()).isEqualTo("token-2");
    }

    @Test
    void givenManyThreadsAtOnceWithoutAToken_whenTheyAsk_thenOneTokenRequestServesThemAll() throws Exception {
        DarajaTokens tokens = tokens();
        daraja.closeTokenGate();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        CountDownLatch done = new CountDownLatch(16);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Thread thread = new Thread(() -> {
                seen.add(tokens.token());
                done.countDown();
            });
            threads.add(thread);
            thread.start();
        }
        // Every thread is now either in the token request (held at the gate) or waiting for the one that is.
        while (threads.stream().anyMatch(t -> t.getState() == Thread.State.RUNNABLE || t.getState() == Thread.State.NEW)
                || daraja.requestsTo(TOKEN).isEmpty()) {
            Thread.onSpinWait();
        }
        daraja.openTokenGate();
        done.await();

        assertThat(seen).containsExactly("token-1");
        assertThat(daraja.requestsTo(TOKEN)).hasSize(1);
    }

    @Test
    void givenDarajaCallsTheTokenInvalid_whenACallIsMade_thenTheCacheIsDroppedAndTheCallRepeatedOnceWithANewToken() {
        DarajaClient client = new DarajaClient(config, clock);
        daraja.answer(QUERY, CannedDaraja.Answer.gatewayError(404, "404.001.03", "Invalid Access Token"));
        daraja.answer(QUERY, 200, QUERY_ANSWER);

        DarajaAnswer<DarajaClient.StkQueryAnswer> answer = client.stkQuery("ws_CO_1");

        assertThat(answer).isInstanceOf(DarajaAnswer.Accepted.class);
        assertThat(daraja.requestsTo(QUERY))
                .extracting(r -> r.headers().get("authorization"))
                .containsExactly("Bearer token-1", "Bearer token-2");
        assertThat(daraja.requestsTo(TOKEN)).hasSize(2);
    }

    @Test
    void givenTheNewTokenIsInvalidToo_whenACallIsMade_thenRefusedAsConfigurationAfterOneRepeat() {
        DarajaClient client = new DarajaClient(config, clock);
        daraja.answer(QUERY, CannedDaraja.Answer.gatewayError(404, "404.001.03", "Invalid Access Token"));
        daraja.answer(QUERY, CannedDaraja.Answer.gatewayError(404, "404.001.03", "Invalid Access Token"));
        daraja.answer(QUERY, 200, QUERY_ANSWER);

        DarajaAnswer<DarajaClient.StkQueryAnswer> answer = client.stkQuery("ws_CO_1");

        assertThat(answer)
                .isEqualTo(new DarajaAnswer.Refused<DarajaClient.StkQueryAnswer>(
                        "404.001.03", "Invalid Access Token", FailureReason.CONFIGURATION));
        assertThat(daraja.requestsTo(QUERY)).hasSize(2);
    }

    @Test
    void givenAnInvalidTokenOnAPush_whenRepeated_thenThePushIsSentTwiceOnlyBecauseTheFirstWasRefused() {
        DarajaClient client = new DarajaClient(config, clock);
        daraja.answer(
                DarajaClientTest.STK, CannedDaraja.Answer.gatewayError(404, "404.001.03", "Invalid Access Token"));
        daraja.answer(
                DarajaClientTest.STK,
                200,
                "{\"MerchantRequestID\":\"m\",\"CheckoutRequestID\":\"c\",\"ResponseCode\":\"0\"}");

        DarajaAnswer<DarajaClient.StkPushAck> answer = client.stkPush(new DarajaRequests.StkPush(
                DarajaClientTest.PAYER,
                com.voicepact.domain.common.Money.of("10", com.voicepact.domain.common.CurrencyCode.KES),
                "ref",
                "desc"));

        assertThat(answer).isInstanceOf(DarajaAnswer.Accepted.class);
        assertThat(daraja.requestsTo(DarajaClientTest.STK)).hasSize(2);
    }
}
