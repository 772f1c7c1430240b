package com.voicepact.application.port.in;

public interface DraftContractFromTranscriptUseCase {

    TranscriptDraft draft(DraftFromTranscriptCommand command);
}
