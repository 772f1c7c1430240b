package com.voicepact.application.voice.port.in;

import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.messaging.SmsTemplates;
import java.util.function.Function;

/**
 * What a term sent for a draft did, and the answer its sender gets ({@code reply} null when the SMS every party gets is
 * the answer: the summary of the contract the draft became).
 *
 * @param contract the contract made, for {@link Outcome#CONTRACT_CREATED}; else null
 */
public record DraftTermAnswer(Outcome outcome, Contract contract, Function<SmsTemplates, String> reply) {

    public enum Outcome {
        /** Kept; other terms are still missing (the reply names them). */
        STILL_MISSING,
        /** The draft is complete: the contract is PENDING with the draft's id and every party got its summary. */
        CONTRACT_CREATED,
        /** The draft had already become its contract: nothing changed. */
        ALREADY_CONTRACT,
        /** The sender was not on the call: nothing changed. */
        NOT_A_PARTY,
        /** Refused: the draft is older than the confirmation window (call again), or the value is unreadable. */
        REFUSED
    }
}
