package com.voicepact.application.voice;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PlainText;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.Quantity;
import com.voicepact.domain.extraction.ExtractedTerms;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The terms heard on a call (and sent by SMS to complete its draft) as contract terms: one conversion for a contract
 * made at once from a call and for one made when its draft is completed.
 */
public final class HeardTerms {

    private HeardTerms() {}

    /**
     * Contract terms of {@code t}, which must have product, quantity and a price
     * ({@link ExtractedTerms#isCompleteForConfirmation()}); spoken words are cleaned, not refused.
     */
    public static ContractTerms contractTerms(ExtractedTerms t) {
        CurrencyCode currency =
                CurrencyCode.parse(t.currency().present() ? t.currency().value() : "KES");
        Quantity quantity = Quantity.of(
                t.quantity()
                        .value()
                        .setScale(Math.min(3, Math.max(0, t.quantity().value().scale())), RoundingMode.HALF_EVEN),
                PlainText.clean(t.unit().value()));
        Money total = money(t.totalAmount().value(), currency);
        Money unitPrice = money(t.unitPrice().value(), currency);
        if (total != null
                && unitPrice != null
                && !unitPrice.times(quantity.value()).equals(total)) {
            unitPrice = null; // a rounded per-unit price cannot reproduce the said total: the total is what was agreed
        }
        return ContractTerms.of(
                PlainText.clean(t.product().value()),
                quantity,
                unitPrice,
                total,
                PlainText.clean(t.deliveryLocation().value()),
                t.deliveryDeadline().value(),
                PlainText.clean(t.qualityRequirements().value()),
                null);
    }

    private static Money money(BigDecimal amount, CurrencyCode currency) {
        return amount == null
                ? null
                : Money.of(amount.setScale(currency.minorUnits(), RoundingMode.HALF_EVEN), currency);
    }
}
