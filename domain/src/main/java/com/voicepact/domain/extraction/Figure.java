package com.voicepact.domain.extraction;

import java.math.BigDecimal;

/**
 * A money figure tagged with its role in the call (a unit price or a total), where it was said (word index in the
 * normalised transcript, -1 when computed) and whether it was guessed rather than heard plainly.
 */
record Figure(BigDecimal value, int index, boolean guessed) {

    static final Figure NONE = new Figure(null, -1, false);

    boolean present() {
        return value != null;
    }

    /**
     * A haggling reply often drops the digits everybody knows: "160,000 ... okay one fifty" is 150,000 and
     * "2,200 ... ok two four" is 2,400. A figure of two digits or more and under a tenth of the offer on the table is scaled by the power of
     * ten that makes it the same size (half to twice the offer); else it is taken as said.
     */
    static BigDecimal scaledTo(BigDecimal said, BigDecimal offer) {
        if (offer == null) {
            return said;
        }
        boolean shortForm = said.compareTo(BigDecimal.TEN) >= 0
                && said.multiply(BigDecimal.TEN).compareTo(offer) < 0;
        if (!shortForm) {
            return said;
        }
        for (int power = 1; power <= 4; power++) {
            BigDecimal scaled = said.scaleByPowerOfTen(power);
            if (sameSize(scaled, offer)) {
                return scaled.stripTrailingZeros();
            }
        }
        return said;
    }

    /** Within half to twice of {@code offer}: the size of a counter-offer. */
    static boolean sameSize(BigDecimal value, BigDecimal offer) {
        return value.multiply(BigDecimal.valueOf(2)).compareTo(offer) >= 0
                && value.compareTo(offer.multiply(BigDecimal.valueOf(2))) <= 0;
    }
}
