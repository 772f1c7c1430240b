package com.voicepact.adapter.in.web.voice;

import com.voicepact.adapter.in.web.PhoneNumbers;
import com.voicepact.adapter.in.web.callback.CallbackGuard;
import com.voicepact.adapter.in.web.callback.FormBody;
import com.voicepact.adapter.in.web.openapi.CallbackBodies;
import com.voicepact.adapter.in.web.openapi.JsonErrors;
import com.voicepact.adapter.in.web.openapi.OperatorBodies;
import com.voicepact.adapter.in.web.openapi.ProviderCallback;
import com.voicepact.adapter.in.web.security.Operator;
import com.voicepact.application.voice.port.in.DraftContractFromTranscriptUseCase;
import com.voicepact.application.voice.port.in.DraftFromTranscriptCommand;
import com.voicepact.application.voice.port.in.GetVoiceCallUseCase;
import com.voicepact.application.voice.port.in.HandleVoiceCallbackUseCase;
import com.voicepact.application.voice.port.in.StartConferenceCommand;
import com.voicepact.application.voice.port.in.StartConferenceUseCase;
import com.voicepact.application.voice.port.in.TranscribeAudioCommand;
import com.voicepact.application.voice.port.in.TranscribeAudioUseCase;
import com.voicepact.application.voice.port.in.TranscriptDraft;
import com.voicepact.application.voice.port.in.VoiceCallback;
import com.voicepact.application.voice.port.shared.AudioClip;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.messaging.Language;
import com.voicepact.domain.messaging.SmsTemplates;
import com.voicepact.domain.voice.VoiceCall;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The voice path: start a recorded negotiation call, AT's voice callbacks, recordings, and audio by URL or upload. */
@JsonErrors
@Controller("/api/v1/voice")
@ExecuteOn(TaskExecutors.BLOCKING)
final class VoiceController {

    private static final Set<String> AUDIO_EXTENSIONS = Set.of("wav", "mp3", "m4a", "ogg", "flac");
    private final StartConferenceUseCase conferences;
    private final HandleVoiceCallbackUseCase callbacks;
    private final GetVoiceCallUseCase recordings;
    private final TranscribeAudioUseCase audio;
    private final DraftContractFromTranscriptUseCase drafts;
    private final CallbackGuard guard;
    private final PhoneNumbers phones;

    VoiceController(
            StartConferenceUseCase conferences,
            HandleVoiceCallbackUseCase callbacks,
            GetVoiceCallUseCase recordings,
            TranscribeAudioUseCase audio,
            DraftContractFromTranscriptUseCase drafts,
            CallbackGuard guard,
            PhoneNumbers phones) {
        this.conferences = conferences;
        this.callbacks = callbacks;
        this.recordings = recordings;
        this.audio = audio;
        this.drafts = drafts;
        this.guard = guard;
        this.phones = phones;
    }

    @OperatorBodies.VoiceConference
    @Post("/conference/create")
    Map<String, Object> conference(@Nullable @Body JsonNode body) {
        VoiceRequests.Conference request = VoiceRequests.Conference.from(body);
        VoiceCall call =
                conferences.start(new StartConferenceCommand(parties(request.parties()), request.contractType()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("conference_id", call.id());
        answer.put("session_id", call.sessionId());
        answer.put("status", call.status().wireName());
        answer.put("parties", call.phones().stream().map(PhoneNumber::e164).toList());
        return answer;
    }

    /**
     * AT's call callback (form, read by {@link VoiceCallbackForm}): XML actions while the call is active,
     * a plain acknowledgement for the final request, duplicates and calls that are not ours included.
     * Without a {@code sessionId} it can never succeed: 200 with the reason, so AT does not retry it.
     */
    @ProviderCallback
    @CallbackBodies.VoiceNotification
    @Post(uris = {"/webhook", "/webhook/{+token}"})
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.TEXT_PLAIN})
    HttpResponse<?> webhook(
            HttpRequest<?> request, @Nullable @PathVariable("token") String token, @Nullable @Body String body) {
        guard.verify(request, token, body);
        Optional<VoiceCallback> read = VoiceCallbackForm.read(FormBody.parse(body));
        if (read.isEmpty()) {
            return HttpResponse.ok(Map.of("status", "ignored", "reason", "sessionId is required"));
        }
        VoiceCallback callback = read.get();
        return callbacks
                .handle(callback)
                .<HttpResponse<?>>map(xml -> HttpResponse.ok(xml).contentType(MediaType.APPLICATION_XML_TYPE))
                .orElseGet(() ->
                        HttpResponse.ok(Map.of("status", "webhook_processed", "session_id", callback.sessionId())));
    }

    @Get("/recordings/{id}")
    Map<String, Object> recording(@PathVariable String id) {
        VoiceCall call = recordings.get(id);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("recording_id", call.id());
        answer.put("session_id", call.sessionId());
        answer.put("status", call.status().wireName());
        answer.put("processing_status", call.processing().wireName());
        answer.put("duration", call.durationSeconds());
        answer.put("recording_url", call.recordingUrl());
        answer.put("transcript", call.transcript());
        answer.put(
                "contract_id",
                call.contractId() == null ? null : call.contractId().value());
        answer.put("attempts", call.attempts());
        answer.put("last_error", call.lastError());
        answer.put("created_at", call.createdAt());
        answer.put("ended_at", call.endedAt());
        return answer;
    }

    /** The original product's {@code /voice/process}: a recording by URL to a contract (or a request to complete it). */
    @OperatorBodies.VoiceProcess
    @Post("/process")
    Map<String, Object> process(HttpRequest<?> http, @Nullable @Body JsonNode body) {
        VoiceRequests.Process request = VoiceRequests.Process.from(body);
        List<Party> parties = parties(request.parties());
        TranscribeAudioUseCase.Heard heard = audio.transcribe(TranscribeAudioCommand.fromUrl(request.audioUrl(), null));
        TranscriptDraft draft = drafts.draft(new DraftFromTranscriptCommand(
                heard.transcript(), parties, request.contractType(), null, Actor.operator(Operator.keyIdOf(http))));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("contract_id", draft.created() ? draft.contract().id().value() : null);
        answer.put("transcript", heard.transcript());
        answer.put("terms", ExtractFields.of(draft.terms()));
        answer.put(
                "contract_hash", draft.created() ? draft.contract().agreement().fingerprint() : null);
        answer.put(
                "contract_summary",
                draft.created() ? SmsTemplates.in(Language.EN).contractSummary(draft.contract()) : null);
        answer.put("processing_status", draft.created() ? "contract_created" : "incomplete");
        answer.put("missing", draft.missing());
        answer.put("draft_id", draft.draft() == null ? null : draft.draft().value());
        answer.put("confidence_score", draft.terms().overallConfidence());
        answer.put("created_at", draft.created() ? draft.contract().timeline().createdAt() : null);
        return answer;
    }

    /** The original product's {@code /voice/upload}: a short clip (wav, mp3, m4a, ogg, flac; within the body limit) to text and terms. */
    @Post("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    Map<String, Object> upload(CompletedFileUpload file) throws IOException {
        String name = file.getFilename() == null ? "" : file.getFilename().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        InvalidValueException.require(
                AUDIO_EXTENSIONS.contains(extension), "file must be audio: wav, mp3, m4a, ogg or flac");
        String type = file.getContentType().map(MediaType::toString).orElse("audio/" + extension);
        InvalidValueException.require(
                type.startsWith("audio/") || type.equals("application/octet-stream"),
                "file must be audio, got " + type);
        TranscribeAudioUseCase.Heard heard =
                audio.transcribe(TranscribeAudioCommand.of(new AudioClip(file.getBytes(), type, name), null));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("transcript", heard.transcript());
        answer.put("terms", ExtractFields.of(heard.terms()));
        answer.put("processing_status", heard.terms().isCompleteForConfirmation() ? "complete" : "incomplete");
        answer.put("confidence_score", heard.terms().overallConfidence());
        return answer;
    }

    private List<Party> parties(List<VoiceParty> requested) {
        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            parties.add(requested.get(i).toParty(i, phones));
        }
        return parties;
    }
}
