package com.voicepact.application.phone.port.in;

/**
 * What became of an SMS once it was handled (each answered 200 by a callback adapter: none of them
 * can turn out differently if the provider sends the message again). A failure on our side is not an
 * outcome: it is thrown, so that the provider resends the message.
 */
public enum InboundSmsOutcome {
    /** The command was carried out (or had been, by an earlier delivery of the same message). */
    APPLIED,
    /** HELP or STATUS: answered, nothing changed. */
    ANSWERED,
    /** The provider resent a message already handled. */
    DUPLICATE,
    /** Not a command: the sender is told how to write one. */
    NOT_A_COMMAND,
    /** Unknown contract, or a sender who is not the party the command needs: refused and audited. */
    NOT_A_PARTY,
    /** The contract's rules refuse the command now (window closed, wrong state): the sender is told why. */
    REFUSED
}
