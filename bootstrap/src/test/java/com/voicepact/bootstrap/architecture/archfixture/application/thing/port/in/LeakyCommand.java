package com.voicepact.bootstrap.architecture.archfixture.application.thing.port.in;

import com.voicepact.bootstrap.architecture.archfixture.application.thing.port.out.SmsSender;

/** Bad: an incoming port's value that exposes an outgoing port to the callers of the use case. */
public record LeakyCommand(SmsSender sender) {}
