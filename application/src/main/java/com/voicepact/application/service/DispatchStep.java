package com.voicepact.application.service;

/** What became of an outbox message on one dispatch: done with, or to be tried again later. */
enum DispatchStep {
    DONE,
    LATER
}
