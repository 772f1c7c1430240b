package com.voicepact.application.portcontract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.port.out.ConcurrentUpdateException;
import com.voicepact.application.port.out.LanguagePreferences;
import com.voicepact.application.port.out.SmsLog;
import com.voicepact.application.port.out.SmsLogEntry;
import com.voicepact.application.port.out.UssdSession;
import com.voicepact.application.port.out.UssdSessions;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.testdata.ContractBuilder;
import java.time.Instant;
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
        UssdSession saved = sessions().save(new UssdSession("ATUid_1", "+254712345678", "MAIN||0|MAIN", "", "CON Welcome", T0, T0, 1, 0));
        assertThat(saved.version()).isEqualTo(1);
        UssdSession next = sessions().save(saved.after("LIST||0|LIST", "1", "CON Your Contracts:", T0.plusSeconds(5)));
        assertThat(next.version()).isEqualTo(2);
        assertThat(sessions().find("ATUid_1")).hasValueSatisfying(s -> {
            assertThat(s.lastText()).isEqualTo("1");
            assertThat(s.hops()).isEqualTo(2);
            assertThat(s.lastScreen()).isEqualTo("CON Your Contracts:");
        });
        assertThatThrownBy(() -> sessions().save(saved.after("HELP||0|MAIN", "4", "CON Help", T0))).isInstanceOf(ConcurrentUpdateException.class);
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

    @Test
    void givenLoggedSms_whenReportsArrive_thenStatusAndDeliveryTimeFollow() {
        smsLog().record(new SmsLogEntry("ATXid_1", "+254712345678", "Habari", "summary", "sent", "KES 0.8000", "AG-2026-000001", T0,
                null, null));
        smsLog().record(new SmsLogEntry("ATXid_1", "+254712345678", "again", "summary", "sent", null, null, T0, null, null));
        assertThat(smsLog().updateStatus("ATXid_1", "Success", null, T0.plusSeconds(3))).isTrue();
        assertThat(smsLog().findByMessageId("ATXid_1")).hasValueSatisfying(e -> {
            assertThat(e.text()).isEqualTo("Habari");
            assertThat(e.status()).isEqualTo("success");
            assertThat(e.deliveredAt()).isEqualTo(T0.plusSeconds(3));
            assertThat(e.contractId()).isEqualTo("AG-2026-000001");
        });
        assertThat(smsLog().updateStatus("ATXid_none", "Failed", "DeliveryFailure", T0)).isFalse();
        assertThat(smsLog().forRecipient("+254712345678")).hasSize(1);
    }
}
