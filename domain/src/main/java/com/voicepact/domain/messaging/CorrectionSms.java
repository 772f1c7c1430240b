package com.voicepact.domain.messaging;

import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.CorrectionRefusedException;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.TermCorrection.Field;
import java.util.Locale;

/** The SMS of a correction of the terms, in one language: the new summary with what changed and who changed it, and the refusals. */
public final class CorrectionSms {

    private static final int ECHOED = 30;

    private final SmsTemplates texts;

    CorrectionSms(SmsTemplates texts) {
        this.texts = texts;
    }

    /**
     * What every party gets after a correction: who changed which term from what to what, that earlier YES replies no
     * longer count, then the contract summary of the new terms with its {@code YES-<id>}/{@code NO-<id>}.
     */
    public String amended(Contract contract, Party by, Field field, ContractTerms before) {
        String who = texts.text("role." + by.role().wireName()) + (by.name().isEmpty() ? "" : " (" + by.name() + ")");
        String line = texts.text(
                "sms.amended",
                who,
                term(field),
                contract.id(),
                shown(field, before),
                shown(field, contract.agreement().terms()));
        return line + "\n" + texts.contractSummary(contract);
    }

    /**
     * A YES sent before the terms changed ({@link com.voicepact.domain.contract.CurrentTermsPolicy}): nothing was
     * recorded; the new terms in one line (product and quantity, total, due date) and how to agree to them.
     */
    public String staleYes(Contract contract) {
        return newTerms("sms.yes.stale", contract);
    }

    /**
     * A YES that named no version or an old one of terms that changed ({@code YES-<id>} or {@code YES-<id>-<old n>},
     * {@link com.voicepact.domain.contract.CurrentTermsPolicy}): nothing was recorded; the current terms in one line and
     * the exact reply that agrees to them ({@code YES-<id>-<n>}).
     */
    public String versionNotNamed(Contract contract) {
        // a version named on terms never changed (YES-<id>-2 typed too early): they did not change, say so
        return newTerms(contract.agreement().termsChanged() ? "sms.yes.version" : "sms.yes.unchanged", contract);
    }

    private String newTerms(String key, Contract contract) {
        ContractTerms t = contract.agreement().terms();
        String product = t.product() + (t.quantity() == null ? "" : " (" + t.quantity() + ")");
        String due = t.deliveryDeadline() == null ? "-" : t.deliveryDeadline().toString();
        return texts.text(
                key,
                contract.id(),
                product,
                SmsTemplates.amount(t.total()),
                due,
                YesReply.idOf(contract),
                contract.agreement().termsVersion());
    }

    /** The term already has the value sent: nothing changed. */
    public String unchanged(ContractId contract, Field field, ContractTerms terms) {
        return texts.text("sms.amend.unchanged", contract, term(field), shown(field, terms));
    }

    /** The contract is no longer pending (or its window closed): its terms stay as they are. */
    public String closed(ContractId contract, ContractStatus shownAs) {
        return texts.text("sms.amend.closed", contract, texts.status(shownAs));
    }

    /** The value sent is no value of the field ({@code value} as typed; blank when none was sent), with an example. */
    public String unreadable(ContractId contract, Field field, String value) {
        String example = CorrectionValues.example(field, contract);
        return CorrectionValues.isAbsent(value)
                ? texts.text("sms.amend.missing", contract, term(field), example)
                : texts.text("sms.amend.unreadable", contract, echoed(value), term(field), example);
    }

    /**
     * A value read but refused ({@link CorrectionRefusedException}), in the texter's language: below zero, zero, too
     * large, too many decimals, another currency ({@code currency}, the contract's, named with how to write the
     * price), another unit, a past date, no value.
     */
    public String refused(
            ContractId contract, Field field, String value, CorrectionRefusedException why, String currency) {
        String detail = why.detail().isEmpty() && why.reason() == CorrectionRefusedException.Reason.CURRENCY
                ? currency
                : why.detail();
        return texts.text(
                "sms.amend.refused." + why.reason().name().toLowerCase(Locale.ROOT),
                contract,
                term(field),
                echoed(value),
                detail,
                CorrectionValues.example(field, contract));
    }

    /** A value as a reply quotes it: at most {@value #ECHOED} characters, cut with an ellipsis, so a reply stays one SMS. */
    static String echoed(String value) {
        String v = value == null ? "" : value.strip();
        return v.codePointCount(0, v.length()) <= ECHOED
                ? v
                : v.substring(0, v.offsetByCodePoints(0, ECHOED - 1)).strip() + "\u2026";
    }

    private String term(Field field) {
        return texts.text("term." + field.name().toLowerCase(Locale.ROOT));
    }

    /** The field's value in {@code terms} as a message shows it: {@code KES 2,500.00}, {@code 80 bags}, "-" when unset. */
    private static String shown(Field field, ContractTerms terms) {
        Object value = switch (field) {
            case PRICE -> terms.unitPrice() == null ? null : SmsTemplates.amount(terms.unitPrice());
            case QUANTITY -> terms.quantity();
            case PLACE -> terms.deliveryLocation();
            case DATE -> terms.deliveryDeadline();
            case PRODUCT -> terms.product();
        };
        return value == null ? "-" : value.toString();
    }
}
