/**
 * Values both port directions speak, so that an incoming port never depends on an outgoing one: the
 * provider-neutral vocabulary of mobile money ({@link com.voicepact.application.escrow.port.shared.MoneyMovement},
 * {@link com.voicepact.application.escrow.port.shared.MovementOutcome},
 * {@link com.voicepact.application.escrow.port.shared.FailureReason}) and the query values that travel from a use
 * case to the store unchanged.
 */
package com.voicepact.application.escrow.port.shared;
