package com.voicepact.application.voice.service;

import static com.voicepact.domain.testdata.ContractBuilder.BUYER;
import static com.voicepact.domain.testdata.ContractBuilder.SELLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.voicepact.application.fakes.InMemoryVoicePact;
import com.voicepact.application.fakes.OutboxTexts;
import com.voicepact.application.fakes.VoiceNode;
import com.voicepact.application.voice.port.in.VoiceCallback;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.ContractType;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.voice.CallStatus;
import com.voicepact.domain.voice.ProcessingStatus;
import com.voicepact.domain.voice.VoiceCall;
import com.voicepact.domain.voice.VoiceCallSnapshot;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class VoiceServiceTest {

    private static final String SAID =
            "okay so i am selling you 100 bags of maize at 3500 shillings per bag and you will pick them "
                    + "at nakuru depot by april 15";
    private final InMemoryVoicePact app = new InMemoryVoicePact();

    private VoiceCall startedCall() {
        return app.voice.start(
                List.of(Party.of(BUYER, PartyRole.BUYER, "Amina"), Party.of(SELLER, PartyRole.SELLER, "Juma")),
                ContractType.AGRICULTURAL_SUPPLY);
    }

    private VoiceCallback active(String session) {
        return new VoiceCallback(session, true, BUYER.e164(), "+254711082000", null, null, null);
    }

    private VoiceCallback finished(String session, String recording) {
        return new VoiceCallback(session, false, BUYER.e164(), "+254711082000", recording, 95, "NORMAL_CLEARING");
    }

    @Test
    void givenAtAnswersWithoutQueueingTheCall_whenStarted_thenTheProviderRefusedAndNoCallIsStored() {
        app.voiceProviders.setQueueing(false);
        assertThatThrownBy(this::startedCall)
                .isInstanceOf(com.voicepact.application.escrow.port.in.ProviderRefusedException.class)
                .hasMessageContaining("Africa's Talking did not queue the call");
        assertThat(app.voiceCalls.findBySessionId("None")).isEmpty();
    }

    @Test
    void givenAnsweredCall_whenActiveCallback_thenConsentNoticeAndARecordedDialOfTheOtherParty() {
        VoiceCall call = startedCall();
        assertThat(app.voiceProviders.calls()).containsExactly(List.of(BUYER));
        String xml = app.voice.handle(active(call.sessionId())).orElseThrow();
        assertThat(xml)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say")
                .contains("This call is recorded to write your contract.")
                .contains("<Dial phoneNumbers=\"+254722000111\" record=\"true\"")
                .endsWith("</Response>");
        assertThat(app.voice.get(call.id()).status()).isEqualTo(CallStatus.ACTIVE);
    }

    @Test
    void givenRecordedCall_whenProcessed_thenTranscriptBecomesAPendingContractAndTheSummaryGoesToBoth() {
        VoiceCall call = startedCall();
        app.voice.handle(active(call.sessionId()));
        app.voiceProviders.record("https://at.example/rec/1.mp3", SAID);
        assertThat(app.voice.handle(finished(call.sessionId(), "https://at.example/rec/1.mp3")))
                .isEmpty();
        assertThat(app.voice.processDue()).isEqualTo(1);
        VoiceCall processed = app.voice.get(call.id());
        assertThat(processed.processing()).isEqualTo(ProcessingStatus.CONTRACT_CREATED);
        assertThat(processed.transcript()).isEqualTo(SAID);
        assertThat(processed.durationSeconds()).isEqualTo(95);
        assertThat(app.queries.get(processed.contractId()).status()).isEqualTo(ContractStatus.PENDING);
        assertThat(app.outbox.pending())
                .filteredOn(m -> OutboxTexts.text(m).startsWith("VoicePact Contract Summary:"))
                .hasSize(2);
        assertThat(app.voice.processDue()).as("done once").isZero();
    }

    @Test
    void givenCallbackAfterTheEnd_whenReceived_thenANormalDuplicateAndNothingChanges_andUnknownSessionsAreRejected() {
        VoiceCall call = startedCall();
        app.voice.handle(active(call.sessionId()));
        app.voiceProviders.record("u", SAID);
        app.voice.handle(finished(call.sessionId(), "u"));
        VoiceCallSnapshot ended = app.voice.get(call.id()).snapshot();
        int audited = app.auditLog.allInOrder().size();
        assertThat(app.voice.handle(finished(call.sessionId(), "other"))).isEmpty();
        assertThat(app.voice.handle(active(call.sessionId())).orElseThrow()).contains("<Reject/>");
        assertThat(app.voice.get(call.id()).snapshot()).isEqualTo(ended);
        assertThat(app.auditLog.allInOrder()).hasSize(audited);
        assertThat(app.voice.handle(active("ATVId_nobody")).orElseThrow()).contains("<Reject/>");
        assertThat(app.voice.handle(finished("ATVId_nobody", "x")))
                .as("the end of a call we rejected")
                .isEmpty();
        assertThat(app.voiceCalls.findBySessionId("ATVId_nobody")).isEmpty();
    }

    @Test
    void givenUnansweredCall_whenEnded_thenFailedAndThePartiesAreTold() {
        VoiceCall call = startedCall();
        app.voice.handle(new VoiceCallback(call.sessionId(), false, BUYER.e164(), null, null, 0, "NO_ANSWER"));
        assertThat(app.voice.get(call.id()).status()).isEqualTo(CallStatus.FAILED);
        assertThat(app.outbox.pending())
                .filteredOn(m -> OutboxTexts.text(m).contains("could not be recorded (NO_ANSWER)"))
                .hasSize(2);
    }

    @Test
    void givenTranscriberDown_whenProcessed_thenTheRecordingStaysAndItIsRetriedLater() {
        VoiceCall call = startedCall();
        app.voice.handle(active(call.sessionId()));
        app.voiceProviders.record("u2", SAID);
        app.voice.handle(finished(call.sessionId(), "u2"));
        app.voiceProviders.setTranscriberDown(true);
        assertThat(app.voice.processDue()).isZero();
        VoiceCall waiting = app.voice.get(call.id());
        assertThat(waiting.processing()).isEqualTo(ProcessingStatus.RETRYING);
        assertThat(waiting.recordingUrl()).isEqualTo("u2");
        assertThat(app.voice.processDue()).as("backoff: not yet").isZero();
        app.voiceProviders.setTranscriberDown(false);
        app.clock.advance(Duration.ofMinutes(2));
        assertThat(app.voice.processDue()).isEqualTo(1);
        assertThat(app.voice.get(call.id()).processing()).isEqualTo(ProcessingStatus.CONTRACT_CREATED);
    }

    @Test
    void givenNonAudioRecording_whenProcessedRepeatedly_thenFailsAfterTheLimitWithoutCrashing() {
        VoiceCall call = startedCall();
        app.voice.handle(active(call.sessionId()));
        app.voiceProviders.record("html", "NOT AUDIO");
        app.voice.handle(finished(call.sessionId(), "html"));
        for (int i = 0; i < VoiceCall.MAX_PROCESSING_ATTEMPTS; i++) {
            app.voice.processDue();
            app.clock.advance(Duration.ofHours(1));
        }
        VoiceCall failed = app.voice.get(call.id());
        assertThat(failed.processing()).isEqualTo(ProcessingStatus.FAILED);
        assertThat(failed.lastError()).contains("not audio");
    }

    @Test
    void givenCrashBetweenContractCreatedAndCallMarked_whenReprocessed_thenExactlyOneContractAndOneSummaryEach() {
        VoiceCall call = startedCall();
        app.voice.handle(active(call.sessionId()));
        app.voiceProviders.record("u3", SAID);
        app.voice.handle(finished(call.sessionId(), "u3"));
        java.util.concurrent.atomic.AtomicBoolean crashed = new java.util.concurrent.atomic.AtomicBoolean();
        com.voicepact.application.voice.port.out.VoiceCalls dying =
                new com.voicepact.application.voice.port.out.VoiceCalls() {
                    @Override
                    public VoiceCall save(VoiceCall c) {
                        if (c.processing() == ProcessingStatus.CONTRACT_CREATED && crashed.compareAndSet(false, true)) {
                            throw new IllegalStateException("node crashed");
                        }
                        return app.voiceCalls.save(c);
                    }

                    @Override
                    public java.util.Optional<VoiceCall> findById(String id) {
                        return app.voiceCalls.findById(id);
                    }

                    @Override
                    public java.util.Optional<VoiceCall> findBySessionId(String s) {
                        return app.voiceCalls.findBySessionId(s);
                    }

                    @Override
                    public List<VoiceCall> claimDue(java.time.Instant now, Duration lease, int limit) {
                        return app.voiceCalls.claimDue(now, lease, limit);
                    }
                };
        VoiceNode node = new VoiceNode(
                dying,
                app.voiceProviders,
                app.voiceProviders,
                app.voiceProviders,
                app.transcripts,
                app.messenger,
                app.auditTrail,
                app.clock,
                app.transactions);
        assertThatThrownBy(node::processDue).hasMessageContaining("node crashed");

        app.clock.advance(Duration.ofMinutes(30));
        assertThat(app.voice.processDue()).isEqualTo(1);
        assertThat(app.contracts
                        .search(new com.voicepact.application.contract.port.shared.ContractSearch(null, null, 100, 0))
                        .total())
                .isEqualTo(1);
        assertThat(app.queries.get(app.voice.get(call.id()).contractId()).status())
                .isEqualTo(ContractStatus.PENDING);
        assertThat(app.outbox.pending())
                .filteredOn(m -> OutboxTexts.text(m).startsWith("VoicePact Contract Summary:"))
                .hasSize(2);
    }
}
