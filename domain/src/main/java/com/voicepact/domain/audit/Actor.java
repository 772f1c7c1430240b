package com.voicepact.domain.audit;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.PhoneNumber;

/**
 * Who caused a change: a party from their own phone, an operator (identified by their API key's
 * id, optionally acting for a party), or the system itself (a scheduled job).
 */
public record Actor(Kind kind, String id, PhoneNumber onBehalfOf) {

    public enum Kind {
        PARTY,
        OPERATOR,
        SYSTEM
    }

    public Actor {
        InvalidValueException.require(kind != null, "actor kind is required");
        id = InvalidValueException.requireText(id, "actor id", 80);
    }

    public static Actor party(PhoneNumber phone) {
        return new Actor(Kind.PARTY, phone.e164(), null);
    }

    public static Actor operator(String keyId) {
        return new Actor(Kind.OPERATOR, keyId, null);
    }

    public static Actor operatorFor(String keyId, PhoneNumber party) {
        return new Actor(Kind.OPERATOR, keyId, party);
    }

    public static Actor system(String job) {
        return new Actor(Kind.SYSTEM, job, null);
    }

    /** The stable text stored in the audit log, e.g. {@code operator:3f9a1c2b for +254712345678}. */
    public String describe() {
        String base = kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
        return onBehalfOf == null ? base : base + " for " + onBehalfOf.e164();
    }
}
