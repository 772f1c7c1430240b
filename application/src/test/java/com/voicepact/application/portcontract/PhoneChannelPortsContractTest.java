package com.voicepact.application.portcontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.phone.port.out.LanguagePreferences;
import com.voicepact.application.phone.port.out.SmsLog;
import com.voicepact.application.phone.port.out.SmsLogEntry;
import com.voicepact.application.phone.port.out.UssdSession;
import com.voicepact.application.phone.port.out.UssdSessions;
import com.voicepact.application.shared.port.out.ConcurrentUpdateException;
import com.voicepact.domain.messaging.DeliveryReportOutcome;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.messaging.SmsDeliveryStatus;
import com.voicepact.domain.testdata.ContractBuilder;
import java.time.Instant;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every implementation of the USSD and SMS ports must do. */
public abstract class PhoneChannelPortsContractTest {

    private static final Instant T0 = ContractBuilder.T0;

    protected abstract UssdSessions sessions();

    protected abstract LanguagePreferences languages();

    protected abstract SmsLog smsLog();

    protected abstract void reset();

    @BeforeEach
    void empty() {
        reset();
    }

    @Test
    void givenSession_whenSavedTwiceFromTheSameVersion_thenTheSecondIsRefused_andExpiredOnesAreDeleted() {
        UssdSession saved = sessions()
                .save(new UssdSession("ATUid_1", "+254712345678", "MAIN||0|MAIN", "", "CON Welcome", T0, T0, 1, 0));
        assertThat(saved.version()).isEqualTo(1);
        UssdSession next = sessions().save(saved.after("LIST||0|LIST", "1", "CON Your Contracts:", T0.plusSeconds(5)));
        assertThat(next.version()).isEqualTo(2);
        assertThat(sessions().find("ATUid_1")).hasValueSatisfying(s -> {
            assertThat(s.lastText()).isEqualTo("1");
            assertThat(s.hops()).isEqualTo(2);
            assertThat(s.lastScreen()).isEqualTo("CON Your Contracts:");
        });
        assertThatThrownBy(() -> sessions().save(saved.after("HELP||0|MAIN", "4", "CON Help", T0)))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(sessions().deleteUpdatedBefore(T0.plusSeconds(4))).isZero();
        assertThat(sessions().deleteUpdatedBefore(T0.plusSeconds(6))).isEqualTo(1);
        assertThat(sessions().find("ATUid_1")).isEmpty();
    }

    @Test
    void givenLanguageChoices_whenChangedAndRead_thenTheLatestWins() {
        assertThat(languages().languageOf(ContractBuilder.BUYER)).isEmpty();
        languages().choose(ContractBuilder.BUYER, Language.SW);
        languages().choose(ContractBuilder.BUYER, Language.EN);
        languages().choose(ContractBuilder.SELLER, Language.SW);
        assertThat(languages().languageOf(ContractBuilder.BUYER)).contains(Language.EN);
        assertThat(languages().languageOf(ContractBuilder.SELLER)).contains(Language.SW);
    }

    private static SmsLogEntry sent(String messageId) {
        return new SmsLogEntry(
                messageId,
                "+254712345678",
                "Habari",
                "summary",
                "sent",
                "KES 0.8000",
                "AG-2026-000001",
                T0,
                null,
                null);
    }

    private DeliveryReportOutcome report(String messageId, String status, String failureReason, Instant at) {
        return smsLog().applyReport(messageId, SmsDeliveryStatus.of(status), failureReason, at);
    }

    @Test
    void givenLoggedSms_whenReportsArrive_thenStatusAndDeliveryTimeFollow() {
        smsLog().record(sent("ATXid_1"));
        smsLog().record(new SmsLogEntry(
                "ATXid_1", "+254712345678", "again", "summary", "sent", null, null, T0, null, null));
        assertThat(report("ATXid_1", "Buffered", null, T0.plusSeconds(1))).isEqualTo(DeliveryReportOutcome.APPLIED);
        assertThat(smsLog().findByMessageId("ATXid_1").orElseThrow().status()).isEqualTo("buffered");
        assertThat(report("ATXid_1", "Success", null, T0.plusSeconds(3))).isEqualTo(DeliveryReportOutcome.APPLIED);
        assertThat(report("ATXid_1", "Success", null, T0.plusSeconds(4)))
                .as("a repeated report")
                .isEqualTo(DeliveryReportOutcome.APPLIED);
        assertThat(smsLog().findByMessageId("ATXid_1")).hasValueSatisfying(e -> {
            assertThat(e.text()).isEqualTo("Habari");
            assertThat(e.status()).isEqualTo("success");
            assertThat(e.deliveredAt()).isEqualTo(T0.plusSeconds(3));
            assertThat(e.contractId()).isEqualTo("AG-2026-000001");
        });
        assertThat(smsLog().forRecipient("+254712345678")).hasSize(1);
    }

    @Test
    void givenFinalStatus_whenALateIntermediateOrAnotherFinalReportArrives_thenTheFinalStatusStays() {
        smsLog().record(sent("ATXid_2"));
        assertThat(report("ATXid_2", "Success", null, T0.plusSeconds(3))).isEqualTo(DeliveryReportOutcome.APPLIED);
        for (String late : new String[] {"Sent", "Submitted", "Buffered", "Queued", "Failed", "Rejected"}) {
            assertThat(report("ATXid_2", late, "DeliveryFailure", T0.plusSeconds(9)))
                    .as(late)
                    .isEqualTo(DeliveryReportOutcome.OUTDATED);
        }
        assertThat(smsLog().findByMessageId("ATXid_2")).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo("success");
            assertThat(e.deliveredAt()).isEqualTo(T0.plusSeconds(3));
            assertThat(e.failureReason()).isNull();
        });
        smsLog().record(sent("ATXid_3"));
        report("ATXid_3", "Failed", "AbsentSubscriber", T0.plusSeconds(5));
        assertThat(report("ATXid_3", "Sent", null, T0.plusSeconds(6))).isEqualTo(DeliveryReportOutcome.OUTDATED);
        assertThat(smsLog().findByMessageId("ATXid_3")).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo("failed");
            assertThat(e.failureReason()).isEqualTo("AbsentSubscriber");
            assertThat(e.deliveredAt()).isNull();
        });
    }

    @Test
    void givenReportsBeforeTheSmsIsLogged_whenItIsLogged_thenTheyAreAppliedInArrivalOrder_once() {
        assertThat(report("ATXid_4", "Sent", null, T0.plusSeconds(1)))
                .isEqualTo(DeliveryReportOutcome.KEPT_UNTIL_LOGGED);
        assertThat(report("ATXid_4", "Success", null, T0.plusSeconds(2)))
                .isEqualTo(DeliveryReportOutcome.KEPT_UNTIL_LOGGED);
        assertThat(report("ATXid_4", "Buffered", null, T0.plusSeconds(3)))
                .isEqualTo(DeliveryReportOutcome.KEPT_UNTIL_LOGGED);
        assertThat(smsLog().findByMessageId("ATXid_4")).isEmpty();
        smsLog().record(sent("ATXid_4"));
        assertThat(smsLog().findByMessageId("ATXid_4")).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo("success");
            assertThat(e.deliveredAt()).isEqualTo(T0.plusSeconds(2));
            assertThat(e.text()).isEqualTo("Habari");
        });
        assertThat(report("ATXid_4", "Sent", null, T0.plusSeconds(4))).isEqualTo(DeliveryReportOutcome.OUTDATED);
        smsLog().record(sent("ATXid_4"));
        assertThat(smsLog().findByMessageId("ATXid_4").orElseThrow().status()).isEqualTo("success");
        assertThat(report("ATXid_5", "Failed", "DeliveryFailure", T0))
                .isEqualTo(DeliveryReportOutcome.KEPT_UNTIL_LOGGED);
        smsLog().record(sent("ATXid_5"));
        assertThat(smsLog().findByMessageId("ATXid_5")).hasValueSatisfying(e -> {
            assertThat(e.status()).isEqualTo("failed");
            assertThat(e.failureReason()).isEqualTo("DeliveryFailure");
        });
    }

    @Test
    void givenAReportAndTheLoggingOfItsSmsAtTheSameInstant_whenBothFinish_thenTheReportIsApplied() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 20; i++) {
                String id = "ATXid_race_" + i;
                CyclicBarrier start = new CyclicBarrier(2);
                Future<?> report = pool.submit(() -> {
                    start.await();
                    return report(id, "Success", null, T0.plusSeconds(2));
                });
                Future<?> log = pool.submit(() -> {
                    start.await();
                    smsLog().record(sent(id));
                    return null;
                });
                report.get(30, TimeUnit.SECONDS);
                log.get(30, TimeUnit.SECONDS);
                assertThat(smsLog().findByMessageId(id).orElseThrow().status())
                        .as(id)
                        .isEqualTo("success");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
