package com.voicepact.application.operations.port.in;

import com.voicepact.domain.audit.Actor;

/** The provider circuit an operator closes by hand ({@code service}, the circuit's name) and the operator. */
public record ResetCircuitCommand(String service, Actor operator) {}
