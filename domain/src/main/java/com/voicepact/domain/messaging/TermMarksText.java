package com.voicepact.domain.messaging;

import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.TermCorrection;
import com.voicepact.domain.contract.TermMarks;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How a summary shows the terms heard with low confidence ({@link TermMarks}): a {@code ?} after each such value and
 * one closing line naming them with the command that corrects the first, e.g. {@code Not sure of: price. Wrong? Reply
 * PRICE-AG-2026-000123 <price>}. A place is not in the summary, so a doubtful one is named with its value. One line
 * and one example keep a fully marked summary within two SMS.
 */
final class TermMarksText {

    private final SmsTemplates texts;
    private final TermMarks marks;

    TermMarksText(SmsTemplates texts, Contract contract) {
        this.texts = texts;
        this.marks = contract.agreement().uncertain();
    }

    /** {@code value} followed by {@code ?} when {@code field} is in doubt. */
    String value(TermCorrection.Field field, String value) {
        return marks.isMarked(field) ? value + "?" : value;
    }

    /** The closing line (with its leading line break), or "" when nothing is in doubt. */
    String line(Contract contract) {
        if (marks.isEmpty()) {
            return "";
        }
        ContractTerms terms = contract.agreement().terms();
        List<TermCorrection.Field> marked = marks.inOrder();
        String names = marked.stream()
                .map(f -> f == TermCorrection.Field.PLACE && terms.deliveryLocation() != null
                        ? name(f) + " (" + terms.deliveryLocation() + ")"
                        : name(f))
                .collect(Collectors.joining(", "));
        TermCorrection.Field first = marked.get(0);
        return "\n"
                + texts.text(
                        "sms.unsure",
                        names,
                        texts.text("verb." + TermMarks.wireName(first)),
                        contract.id(),
                        name(first));
    }

    private String name(TermCorrection.Field field) {
        return texts.text("term." + TermMarks.wireName(field));
    }
}
