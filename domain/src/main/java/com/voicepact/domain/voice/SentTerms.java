package com.voicepact.domain.voice;

import com.voicepact.domain.contract.TermCorrection;
import com.voicepact.domain.extraction.ExtractedTerms;
import com.voicepact.domain.extraction.ExtractedTerms.Field;

/**
 * A term a party sent by SMS, set into a draft's heard terms with full confidence (typed, not guessed: never marked
 * uncertain). A price is the unit price: the total is computed from it and the quantity when the contract is made.
 */
final class SentTerms {

    private static final double TYPED = 1.0;

    private SentTerms() {}

    static ExtractedTerms with(ExtractedTerms t, TermCorrection sent) {
        if (sent instanceof TermCorrection.NewPrice price) {
            return new ExtractedTerms(
                    t.product(),
                    t.quantity(),
                    t.unit(),
                    Field.of(price.amount(), TYPED),
                    Field.none(),
                    price.currency() == null
                            ? t.currency()
                            : Field.of(price.currency().name(), TYPED),
                    t.deliveryLocation(),
                    t.deliveryDeadline(),
                    t.qualityRequirements());
        }
        if (sent instanceof TermCorrection.NewQuantity quantity) {
            return new ExtractedTerms(
                    t.product(),
                    Field.of(quantity.value(), TYPED),
                    quantity.unit() == null ? t.unit() : Field.of(quantity.unit(), TYPED),
                    t.unitPrice(),
                    t.unitPrice().present() ? Field.none() : t.totalAmount(),
                    t.currency(),
                    t.deliveryLocation(),
                    t.deliveryDeadline(),
                    t.qualityRequirements());
        }
        if (sent instanceof TermCorrection.NewProduct product) {
            return new ExtractedTerms(
                    Field.of(product.name(), TYPED),
                    t.quantity(),
                    t.unit(),
                    t.unitPrice(),
                    t.totalAmount(),
                    t.currency(),
                    t.deliveryLocation(),
                    t.deliveryDeadline(),
                    t.qualityRequirements());
        }
        if (sent instanceof TermCorrection.NewPlace place) {
            return new ExtractedTerms(
                    t.product(),
                    t.quantity(),
                    t.unit(),
                    t.unitPrice(),
                    t.totalAmount(),
                    t.currency(),
                    Field.of(place.place(), TYPED),
                    t.deliveryDeadline(),
                    t.qualityRequirements());
        }
        TermCorrection.NewDate date = (TermCorrection.NewDate) sent;
        return new ExtractedTerms(
                t.product(),
                t.quantity(),
                t.unit(),
                t.unitPrice(),
                t.totalAmount(),
                t.currency(),
                t.deliveryLocation(),
                Field.of(date.date(), TYPED),
                t.qualityRequirements());
    }
}
