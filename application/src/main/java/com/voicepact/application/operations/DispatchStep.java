package com.voicepact.application.operations;

/** What became of an outbox message on one dispatch: done with, or to be tried again later. */
public enum DispatchStep {
    DONE,
    LATER
}
