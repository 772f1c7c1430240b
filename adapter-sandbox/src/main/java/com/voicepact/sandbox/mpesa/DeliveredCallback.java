package com.voicepact.sandbox.mpesa;

/** A callback the local Daraja posted: where, the JSON body, and the app's HTTP status (0: unreachable). */
public record DeliveredCallback(String url, String body, int status) {}
