package com.voicepact.domain.payment.event;

/** What the dispatcher learnt while handing a payout over: about to send it, the provider took it, or never had it. */
public enum Handover {
    SENDING,
    ACCEPTED,
    NOT_RECEIVED
}
