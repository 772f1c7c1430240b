package com.voicepact.domain.messaging;

import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.TermCorrection;

/**
 * The contract summary SMS: terms heard with low confidence marked {@code ?}, and the reply that agrees to the current
 * terms ({@link YesReply}: {@code YES-<id>}, or {@code YES-<id>-<n>} once they changed).
 */
final class SummarySms {

    private SummarySms() {}

    static String of(SmsTemplates texts, Contract contract) {
        ContractTerms t = contract.agreement().terms();
        TermMarksText marks = new TermMarksText(texts, contract);
        String product = marks.value(TermCorrection.Field.PRODUCT, t.product())
                + (t.quantity() == null
                        ? ""
                        : " ("
                                + marks.value(
                                        TermCorrection.Field.QUANTITY,
                                        t.quantity().toString()) + ")");
        String due = t.deliveryDeadline() == null
                ? "-"
                : marks.value(TermCorrection.Field.DATE, t.deliveryDeadline().toString());
        String body = texts.text(
                "sms.summary",
                contract.id(),
                product,
                marks.value(TermCorrection.Field.PRICE, SmsTemplates.amount(t.total())),
                due,
                YesReply.idOf(contract));
        return body + marks.line(contract, body); // the line shortens itself to keep the summary within two SMS
    }
}
