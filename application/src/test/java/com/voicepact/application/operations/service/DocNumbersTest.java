package com.voicepact.application.operations.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.voicepact.application.phone.port.in.UssdRequest;
import com.voicepact.domain.contract.Dispute;
import com.voicepact.domain.voice.VoiceCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Key numbers the product docs state, checked against the constants they name, so that a changed
 * constant fails here until the doc says the new number.
 */
class DocNumbersTest {

    private static final Path DOCS = Path.of("../docs");

    private static String doc(String name) throws IOException {
        return Files.readString(name.equals("README.md") ? Path.of("../README.md") : DOCS.resolve(name))
                .replaceAll("\\s+", " ");
    }

    @Test
    void theSmsGiveUp_isItsAttemptsAndTheHoursTheirBackoffAddsUpTo() throws IOException {
        Duration waits = Duration.ZERO;
        for (int attempt = 0; attempt < DispatchOutboxService.MAX_SMS_ATTEMPTS - 1; attempt++) {
            waits = waits.plus(DispatchOutboxService.backoff(attempt));
        }
        long hours = Math.round(waits.toMinutes() / 60.0);

        assertThat(doc("escrow.md"))
                .contains("still failing after " + DispatchOutboxService.MAX_SMS_ATTEMPTS
                        + " attempts (`DispatchOutboxService.MAX_SMS_ATTEMPTS`: "
                        + (DispatchOutboxService.MAX_SMS_ATTEMPTS - 1)
                        + " waits, about " + hours + " hours)");
    }

    @Test
    void theVoiceRetries_areTheCallsProcessingAttempts() throws IOException {
        assertThat(doc("voice.md"))
                .contains(VoiceCall.MAX_PROCESSING_ATTEMPTS + " attempts: `VoiceCall.MAX_PROCESSING_ATTEMPTS`");
    }

    @Test
    void theReadmesTextLimits_areTheConstantsItNames() throws IOException {
        String readme = doc("README.md");

        assertThat(readme).contains("passes " + UssdRequest.MAX_TEXT + " characters (`UssdRequest.MAX_TEXT`)");
        assertThat(readme)
                .contains("kept whole up to "
                        + NumberFormat.getIntegerInstance(Locale.ENGLISH).format(Dispute.MAX_REASON_LENGTH)
                        + " characters (`Dispute.MAX_REASON_LENGTH`)");
    }

    @Test
    void theAttentionListsReadLimit_isTheConstantItNames() throws IOException {
        assertThat(doc("escrow.md"))
                .contains("read up to "
                        + com.voicepact.application.escrow.service.PaymentAttentionService.ATTENTION_READ_LIMIT
                        + " rows per call (`PaymentAttentionService.ATTENTION_READ_LIMIT`)");
    }
}
