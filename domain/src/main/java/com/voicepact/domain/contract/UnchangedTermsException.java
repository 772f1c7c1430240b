package com.voicepact.domain.contract;

import com.voicepact.domain.StateConflictException;

/** A correction that would set a term to the value it already has: nothing to amend, nobody asked to confirm again. */
public final class UnchangedTermsException extends StateConflictException {

    private final TermCorrection.Field field;

    public UnchangedTermsException(TermCorrection.Field field, String current) {
        super("the " + field.name().toLowerCase(java.util.Locale.ROOT) + " is already " + current);
        this.field = field;
    }

    public TermCorrection.Field field() {
        return field;
    }
}
