package com.voicepact.domain.messaging;

/** What a delivery report did to the log of the SMS it is about. */
public enum DeliveryReportOutcome {
    /** The logged SMS now has the reported status (a repeated report changes nothing). */
    APPLIED,
    /** The SMS is not logged yet (the report overtook the send's answer): the report is kept and applied when it is. */
    KEPT_UNTIL_LOGGED,
    /** The SMS already has a final status, which a later report never replaces. */
    OUTDATED
}
