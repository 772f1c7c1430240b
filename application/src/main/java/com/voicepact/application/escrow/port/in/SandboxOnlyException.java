package com.voicepact.application.escrow.port.in;

import com.voicepact.application.shared.port.in.NotFoundException;

public final class SandboxOnlyException extends NotFoundException {

    public SandboxOnlyException() {
        super("test checkouts exist only in the sandbox");
    }
}
