package com.voicepact.domain;

/**
 * An action the current state does not allow (a second YES, a release of a payment that is not
 * locked, an event for a call that ended): the request may be right, the moment is not.
 */
public abstract class StateConflictException extends DomainException {

    protected StateConflictException(String reason) {
        super(reason);
    }
}
