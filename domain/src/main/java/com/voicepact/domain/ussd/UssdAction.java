package com.voicepact.domain.ussd;

import com.voicepact.domain.contract.ContractAction;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.TermCorrection;
import com.voicepact.domain.messaging.Language;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A side effect the caller chose; the application carries it out (and only once per hop). {@code quantity}: a partial
 * delivery's; {@code language}: the one chosen; {@code correction}: a change of terms'; {@code shown}: a YES's, the
 * fingerprint of the terms the screen showed (null: unknown).
 */
public record UssdAction(
        Kind kind,
        ContractId contractId,
        BigDecimal quantity,
        Language language,
        TermCorrection correction,
        String shown) {

    public UssdAction(Kind kind, ContractId contractId, BigDecimal quantity, Language language) {
        this(kind, contractId, quantity, language, null, null);
    }

    public UssdAction(
            Kind kind, ContractId contractId, BigDecimal quantity, Language language, TermCorrection correction) {
        this(kind, contractId, quantity, language, correction, null);
    }

    public enum Kind {
        CONFIRM,
        DECLINE,
        FULL_DELIVERY,
        PARTIAL_DELIVERY,
        ACCEPT_DELIVERY,
        REPORT_ISSUE,
        CHANGE_TERMS,
        SET_LANGUAGE;

        /** The contract action this menu item runs ({@link ContractAction}, whose rule decides); empty for the language choice. */
        public Optional<ContractAction> action() {
            return switch (this) {
                case CONFIRM -> Optional.of(ContractAction.CONFIRM);
                case DECLINE -> Optional.of(ContractAction.DECLINE);
                case FULL_DELIVERY, PARTIAL_DELIVERY -> Optional.of(ContractAction.REPORT_DELIVERY);
                case ACCEPT_DELIVERY -> Optional.of(ContractAction.ACCEPT_DELIVERY);
                case REPORT_ISSUE -> Optional.of(ContractAction.RAISE_DISPUTE);
                case CHANGE_TERMS -> Optional.of(ContractAction.AMEND_TERMS);
                case SET_LANGUAGE -> Optional.empty();
            };
        }
    }

    static UssdAction on(Kind kind, ContractId id) {
        return new UssdAction(kind, id, null, null);
    }
}
