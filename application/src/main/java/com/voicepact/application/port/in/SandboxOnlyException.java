package com.voicepact.application.port.in;

public final class SandboxOnlyException extends NotFoundException {

    public SandboxOnlyException() {
        super("test checkouts exist only in the sandbox");
    }
}
