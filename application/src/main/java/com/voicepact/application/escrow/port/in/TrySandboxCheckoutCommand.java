package com.voicepact.application.escrow.port.in;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;

/** A sandbox STK push outside any contract: the payer's phone and the amount. */
public record TrySandboxCheckoutCommand(PhoneNumber phone, Money amount) {}
