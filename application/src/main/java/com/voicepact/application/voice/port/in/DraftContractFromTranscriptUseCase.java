package com.voicepact.application.voice.port.in;

public interface DraftContractFromTranscriptUseCase {

    TranscriptDraft draft(DraftFromTranscriptCommand command);
}
