package com.voicepact.domain;

/** Base of every rule the domain refuses; each subclass names the rule so adapters can map it. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String reason) {
        super(reason);
    }
}
