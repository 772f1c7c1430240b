/**
 * Safaricom M-Pesa Daraja: the client VoicePact owns (there is no widely used Java one). Wire facts:
 * {@code shared/reference/mpesa-daraja.md}; how money moves: {@code docs/mpesa.md}. Daraja's words stay
 * inside this package: the application sees only the provider-neutral payment port.
 */
package com.voicepact.adapter.out.mpesa;
