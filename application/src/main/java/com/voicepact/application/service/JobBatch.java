package com.voicepact.application.service;

/** What one run of a scheduled escrow job takes on; the next run takes the rest. */
final class JobBatch {

    /** The most rows (payments or contracts) one run reads. */
    static final int ROWS = 100;

    private JobBatch() {}
}
