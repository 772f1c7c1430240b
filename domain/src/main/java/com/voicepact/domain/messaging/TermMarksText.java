package com.voicepact.domain.messaging;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.TermCorrection;
import com.voicepact.domain.contract.TermMarks;
import com.voicepact.domain.extraction.Lexicon;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The closing line (with its leading line break) after {@code body}, or "" when nothing is in doubt. A doubted unit
     * price is shown with its unit and asked for per unit ({@code price (KES 3,500 a bag) ... <price a bag>}), as far
     * as the summary stays within two SMS: else the example alone says "a bag", else neither.
     */
    String line(Contract contract, String body) {
        if (marks.isEmpty()) {
            return "";
        }
        ContractTerms terms = contract.agreement().terms();
        String each = perUnit(terms);
        List<String> candidates = each == null || !marks.isMarked(TermCorrection.Field.PRICE)
                ? List.of(line(contract, null, null))
                : List.of(line(contract, each, each), line(contract, null, each), line(contract, null, null));
        return candidates.stream()
                .filter(line -> SmsSegments.count(body + line) <= 2)
                .findFirst()
                .orElse(candidates.get(candidates.size() - 1));
    }

    private String line(Contract contract, String shownPer, String askedPer) {
        ContractTerms terms = contract.agreement().terms();
        List<TermCorrection.Field> marked = marks.inOrder();
        List<String> names = new ArrayList<>(marked.stream()
                .map(f -> f == TermCorrection.Field.PLACE && terms.deliveryLocation() != null
                        ? name(f) + " (" + terms.deliveryLocation() + ")"
                        : f == TermCorrection.Field.PRICE && shownPer != null
                                ? texts.text("term.price.per", name(f), shownPrice(terms), shownPer)
                                : name(f))
                .toList());
        if (marks.currency()) {
            names.add(texts.text("term.currency.named", terms.total().currency()));
        }
        String listed = String.join(", ", names);
        String line = marked.isEmpty()
                ? texts.text("sms.unsure.only", listed)
                : texts.text(
                        "sms.unsure",
                        listed,
                        texts.text("verb." + TermMarks.wireName(marked.get(0))),
                        contract.id(),
                        marked.get(0) == TermCorrection.Field.PRICE && askedPer != null
                                ? texts.text("term.price.each", askedPer)
                                : name(marked.get(0)));
        return "\n" + line + (marks.currency() ? " " + currencyHint(contract) : "");
    }

    /**
     * How to correct a guessed currency: a price naming the currency of the other party's country ({@code Wrong
     * currency? Reply PRICE-<id> UGX <price>}), or the ISO code form when every phone is of the contract's currency.
     */
    private String currencyHint(Contract contract) {
        CurrencyCode current = contract.agreement().terms().total().currency();
        String other = contract.agreement().parties().stream()
                .map(p -> CurrencyCode.ofCountry(p.phone().country()))
                .flatMap(java.util.Optional::stream)
                .filter(c -> c != current)
                .map(CurrencyCode::name)
                .findFirst()
                .orElseGet(() -> texts.text("term.currency.code"));
        return texts.text(
                "sms.unsure.currency",
                texts.text("verb.price"),
                contract.id(),
                other,
                name(TermCorrection.Field.PRICE));
    }

    /**
     * The one unit a unit price is for ({@code bag} of {@code 50 bags}), or null without a unit price: the summary shows
     * only the total, so the line says which unit price it doubts and asks for one (a farmer would send the total).
     */
    private static String perUnit(ContractTerms terms) {
        if (terms.unitPrice() == null || terms.quantity() == null) {
            return null;
        }
        String unit = terms.quantity().unit();
        return Lexicon.unit(unit)
                .orElse(unit.endsWith("s") && unit.length() > 3 ? unit.substring(0, unit.length() - 1) : unit);
    }

    /** {@code KES 3,500} for a whole amount, {@code KES 3,500.50} else. */
    private static String shownPrice(ContractTerms terms) {
        return terms.unitPrice().amount().stripTrailingZeros().scale() <= 0
                ? SmsTemplates.wholeAmount(terms.unitPrice())
                : SmsTemplates.amount(terms.unitPrice());
    }

    private String name(TermCorrection.Field field) {
        return texts.text("term." + TermMarks.wireName(field));
    }
}
