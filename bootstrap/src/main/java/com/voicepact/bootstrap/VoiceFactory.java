package com.voicepact.bootstrap;

import com.voicepact.adapter.out.transcription.HttpRecordingFetcher;
import com.voicepact.adapter.out.transcription.OpenAiCompatibleTranscriber;
import com.voicepact.adapter.out.transcription.TranscriptionConfig;
import com.voicepact.application.audit.AuditTrail;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.shared.port.out.GatewayException;
import com.voicepact.application.shared.port.out.TransactionPort;
import com.voicepact.application.voice.port.out.RecordingFetchPort;
import com.voicepact.application.voice.port.out.SpeechToTextPort;
import com.voicepact.application.voice.port.out.VoiceCalls;
import com.voicepact.application.voice.port.out.VoiceGatewayPort;
import com.voicepact.application.voice.service.GetVoiceCallService;
import com.voicepact.application.voice.service.HandleVoiceCallbackService;
import com.voicepact.application.voice.service.ProcessRecordingsService;
import com.voicepact.application.voice.service.StartConferenceService;
import com.voicepact.application.voice.service.TranscribeAudioService;
import com.voicepact.application.voice.service.TranscriptContractService;
import com.voicepact.sandbox.africastalking.AtSandbox;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Speech to text and the voice path. {@code VOICEPACT_STT_URL} names an OpenAI-compatible server
 * (OpenAI, whisper.cpp, faster-whisper, LocalAI); on the embedded default the local AT sandbox
 * answers instead, with what was typed on the phone simulator.
 */
@Factory
class VoiceFactory {

    @Singleton
    TranscriptionConfig transcriptionConfig(VoicePactSettings env, @Nullable AtSandbox sandbox) {
        SpeechSettings speech = env.speech();
        String url = speech.url() != null
                ? speech.url()
                : sandbox == null ? null : sandbox.url().toString();
        return TranscriptionConfig.of(url == null ? "" : url, speech.model(), speech.apiKey());
    }

    @Singleton
    SpeechToTextPort speechToText(TranscriptionConfig config) {
        if (config.baseUrl().isBlank()) {
            return new NoSpeechToText();
        }
        return new OpenAiCompatibleTranscriber(config);
    }

    private static final class NoSpeechToText implements SpeechToTextPort, NotConfigured {
        @Override
        public String transcribe(com.voicepact.application.voice.port.shared.AudioClip audio) {
            throw new GatewayException("no speech-to-text service is configured (VOICEPACT_STT_URL)", false, null);
        }
    }

    @Singleton
    RecordingFetchPort recordingFetcher(TranscriptionConfig config) {
        return new HttpRecordingFetcher(config);
    }

    @Singleton
    StartConferenceService conferences(
            VoiceCalls calls, VoiceGatewayPort voice, AuditTrail audit, ClockPort clock, TransactionPort transactions) {
        return new StartConferenceService(calls, voice, audit, clock, transactions);
    }

    @Singleton
    HandleVoiceCallbackService voiceCallbacks(
            VoiceCalls calls, Messenger messenger, AuditTrail audit, ClockPort clock, TransactionPort transactions) {
        return new HandleVoiceCallbackService(calls, messenger, audit, clock, transactions);
    }

    @Singleton
    GetVoiceCallService voiceCalls(VoiceCalls calls) {
        return new GetVoiceCallService(calls);
    }

    @Singleton
    ProcessRecordingsService recordings(
            VoiceCalls calls,
            RecordingFetchPort recordings,
            SpeechToTextPort speech,
            TranscriptContractService transcripts,
            AuditTrail audit,
            ClockPort clock,
            TransactionPort transactions) {
        return new ProcessRecordingsService(calls, recordings, speech, transcripts, audit, clock, transactions);
    }

    @Singleton
    TranscribeAudioService transcribeAudio(
            RecordingFetchPort recordings, SpeechToTextPort speech, TranscriptContractService transcripts) {
        return new TranscribeAudioService(recordings, speech, transcripts);
    }

    @Singleton
    com.voicepact.application.voice.service.SendDraftTermService draftTerms(
            com.voicepact.application.voice.port.out.ContractDrafts drafts,
            com.voicepact.application.contract.service.CreateContractService create,
            AuditTrail audit,
            ClockPort clock,
            TransactionPort transactions) {
        return new com.voicepact.application.voice.service.SendDraftTermService(
                drafts, create, audit, clock, transactions);
    }
}
