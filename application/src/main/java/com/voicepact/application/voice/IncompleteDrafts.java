package com.voicepact.application.voice;

import com.voicepact.application.contract.port.out.ContractIdPort;
import com.voicepact.application.phone.Messenger;
import com.voicepact.application.phone.port.out.SmsType;
import com.voicepact.application.shared.port.out.ClockPort;
import com.voicepact.application.voice.port.in.DraftFromTranscriptCommand;
import com.voicepact.application.voice.port.out.ContractDrafts;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.extraction.ExtractedTerms;
import com.voicepact.domain.messaging.DraftMessages;
import com.voicepact.domain.voice.ContractDraft;
import java.time.Duration;
import java.time.Instant;

/**
 * A call's terms that lacked product, quantity or price, kept as a draft under a contract id reserved at once (so
 * every SMS about it names that id), with each party asked by SMS for what is missing and told the commands that send
 * it. Runs in the caller's unit of work: the draft and its SMS commit with the call's mark, or not at all.
 */
public final class IncompleteDrafts {

    private final ContractIdPort ids;
    private final ContractDrafts drafts;
    private final Messenger messenger;
    private final ClockPort clock;
    private final Duration window;

    /** @param window how long the parties have to complete a draft: the contracts' confirmation window */
    public IncompleteDrafts(
            ContractIdPort ids, ContractDrafts drafts, Messenger messenger, ClockPort clock, Duration window) {
        this.ids = ids;
        this.drafts = drafts;
        this.messenger = messenger;
        this.clock = clock;
        this.window = window;
    }

    /** Keeps {@code heard} (which misses something) as a new draft and asks every party for what is missing. */
    public ContractDraft keep(DraftFromTranscriptCommand command, ExtractedTerms heard) {
        Instant now = clock.now();
        ContractId id = ids.nextContractId(now.atZone(clock.zone()).getYear());
        ContractDraft draft = drafts.save(
                ContractDraft.open(id, command.type(), command.parties(), command.transcript(), heard, now, window));
        for (Party party : draft.parties()) {
            messenger.send(
                    "incomplete:" + id,
                    SmsType.INCOMPLETE,
                    party.phone(),
                    id,
                    t -> DraftMessages.askForMissing(t, id, draft.missing()));
        }
        return draft;
    }
}
