package com.voicepact.application.escrow;

/** What one run of a scheduled escrow job takes on; the next run takes the rest. */
public final class JobBatch {

    /** The most rows (payments or contracts) one run reads. */
    public static final int ROWS = 100;

    private JobBatch() {}
}
