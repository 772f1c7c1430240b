/**
 * A local Daraja: OAuth, STK push and query, B2C, Transaction Status, Reversal and Account Balance over
 * HTTP, byte-faithful to Safaricom's wire format, with asynchronous result callbacks and fault switches,
 * so the whole product moves (pretend) money offline.
 */
package com.voicepact.adapter.out.mpesa.sandbox;
