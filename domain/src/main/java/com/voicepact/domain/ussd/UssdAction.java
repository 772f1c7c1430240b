package com.voicepact.domain.ussd;

import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.messaging.Language;
import java.math.BigDecimal;

/** A side effect the caller chose; the application carries it out (and only once per hop). */
public record UssdAction(Kind kind, ContractId contractId, BigDecimal quantity, Language language) {

    public enum Kind { CONFIRM, DECLINE, FULL_DELIVERY, PARTIAL_DELIVERY, ACCEPT_DELIVERY, REPORT_ISSUE, SET_LANGUAGE }

    static UssdAction on(Kind kind, ContractId id) {
        return new UssdAction(kind, id, null, null);
    }
}
