package com.voicepact.domain;

/**
 * The one who asks may not do this (a party asking for what only an operator may do, a phone that
 * is not a party of the contract): refused whatever the state or the input.
 */
public class NotPermittedException extends DomainException {

    public NotPermittedException(String reason) {
        super(reason);
    }
}
