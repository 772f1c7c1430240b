/**
 * A local Daraja: OAuth, STK push and query, B2C, Transaction Status, Reversal and Account Balance over
 * HTTP, byte-faithful to Safaricom's wire format, with asynchronous result callbacks and fault switches,
 * so the whole product moves (pretend) money offline. Start it with {@link
 * com.voicepact.sandbox.mpesa.DarajaSandbox#start}; what it checks, answers, posts and leaves
 * out: {@code docs/mpesa-sandbox.md}.
 */
package com.voicepact.sandbox.mpesa;
