package com.voicepact.adapter.out.africastalking;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.escrow.port.out.CollectionRequest;
import com.voicepact.application.escrow.port.out.GatewayAnswer;
import com.voicepact.application.escrow.port.out.PayoutRequest;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.sandbox.africastalking.AtSandbox;
import com.voicepact.sandbox.africastalking.SandboxSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every id the local sandbox hands out must stay unique when the service restarts on the same data
 * directory (the stored payments still hold the first run's ids), and keep AT's shapes.
 */
class SandboxIdsTest {

    private static final PhoneNumber PAYS = new PhoneNumber("+254711000000");
    private static final PhoneNumber WAITS = new PhoneNumber("+254712345678");

    /** The ids one sandbox run hands out: checkouts, a payout, SMS message ids and call sessions. */
    private static List<String> idsOfOneRun() {
        try (AtSandbox sandbox = AtSandbox.start(SandboxSettings.forTests("k"))) {
            AtConfig config = AtConfig.of("sandbox", "k", "VoicePact", "+254711082000")
                    .pointedAt(sandbox.url().toString())
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(1));
            AtResilience resilience = new AtResilience(Clock.systemUTC(), Duration.ofMillis(1));
            AtPaymentGateway payments = new AtPaymentGateway(config, resilience);
            List<String> ids = new ArrayList<>();
            for (PhoneNumber payer : List.of(PAYS, WAITS, WAITS)) {
                ids.add(((GatewayAnswer.Accepted) payments.collect(
                                new CollectionRequest(payer, Money.of("250", CurrencyCode.KES), "REF", Map.of())))
                        .providerReference());
            }
            ids.add(((GatewayAnswer.Accepted)
                            payments.payOut(new PayoutRequest("PO-1", WAITS, Money.of("100", CurrencyCode.KES))))
                    .providerReference());
            ids.add(new AtSmsGateway(config, resilience).send(WAITS, "hello"));
            ids.add(new AtVoiceGateway(config, resilience)
                    .call(List.of(WAITS), "VC-1")
                    .get(0)
                    .sessionId());
            return ids;
        }
    }

    @Test
    void givenTheSandboxRestarted_whenItHandsOutIdsAgain_thenNoneCollidesWithTheFirstRunsAndTheShapesAreAts() {
        List<String> first = idsOfOneRun();
        List<String> second = idsOfOneRun();

        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        assertThat(all).as("first run %s, second run %s", first, second).hasSize(first.size() + second.size());
        for (List<String> run : List.of(first, second)) {
            assertThat(run.subList(0, 4)).allSatisfy(id -> assertThat(id).matches("ATPid_[0-9a-f]{32}"));
            assertThat(run.get(4)).matches("ATXid_[0-9a-f]{32}");
            assertThat(run.get(5)).matches("ATVId_[0-9a-f]{32}");
        }
    }
}
