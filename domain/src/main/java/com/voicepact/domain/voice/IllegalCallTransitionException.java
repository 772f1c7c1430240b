package com.voicepact.domain.voice;

import com.voicepact.domain.StateConflictException;

/**
 * A step the call's state does not allow: a callback after the call ended ({@link CallFinishedException}),
 * or a processing step on a recording that is not waiting to be processed (none yet, or already
 * turned into a contract, found incomplete or given up). Never a silent no-op; the state is unchanged.
 */
public class IllegalCallTransitionException extends StateConflictException {

    public IllegalCallTransitionException(String reason) {
        super(reason);
    }
}
