package com.voicepact.application.console.port.in;

/** The key presented at sign-in is no operator's key (the failure counts towards the client's lockout). */
public final class WrongOperatorKeyException extends RuntimeException {

    public WrongOperatorKeyException() {
        super("that is not a valid operator key");
    }
}
