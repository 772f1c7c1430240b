package com.voicepact.domain.messaging;

import com.voicepact.domain.common.Money;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.contract.Contract;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.ContractStatus;
import com.voicepact.domain.payment.PaymentStatus;
import java.math.BigDecimal;
import java.util.Locale;

/** The product docs' SMS texts, in the recipient's language. {@link SmsSegments#count} says what each costs. */
public final class SmsTemplates {

    private final Language language;

    private SmsTemplates(Language language) {
        this.language = language;
    }

    public static SmsTemplates in(Language language) {
        return new SmsTemplates(language);
    }

    public Language language() {
        return language;
    }

    /** {@code KES 350,000.00}: the original product's {@code {cur} {amount:,.2f}}. */
    public static String amount(Money money) {
        return MoneyText.withCents(money);
    }

    /** {@code KES 350,000}: the USSD screens' whole-unit value. */
    public static String wholeAmount(Money money) {
        return MoneyText.whole(money);
    }

    /** The summary; terms heard with low confidence are marked {@code ?} and named with how to correct one. */
    public String contractSummary(Contract contract) {
        return SummarySms.of(this, contract);
    }

    /** One checkout locked while the contract is not yet fully funded: what it brought, what is held, what is owed. */
    public String paymentReceived(ContractId contract, Money money, Money held, Money owed) {
        return text("sms.received", contract, amount(money), amount(held), amount(owed));
    }

    /** The contract is fully funded, for the buyer: what is held and what to do when the goods arrive. */
    public String fundedForBuyer(ContractId contract, Money held) {
        return text("sms.funded.buyer", contract, amount(held));
    }

    /** The contract is fully funded, for the seller: the money is safe, deliver now. */
    public String fundedForSeller(ContractId contract, Money total) {
        return text("sms.funded.seller", contract, amount(total));
    }

    /** A payment that arrived after the total was covered goes back to its payer. */
    public String surplusReturned(ContractId contract, Money payment, Money total) {
        return text("sms.surplus", contract, amount(payment), amount(total));
    }

    /** A payment that arrived after the contract was cancelled or expired goes back to its payer. */
    public String paidAfterTheEnd(ContractId contract, Money payment, ContractStatus status) {
        return text("sms.surplus.ended", contract, amount(payment), status(status));
    }

    /** The total paid to the seller for a contract; {@code transactionIds} are the provider's, comma-separated. */
    public String paymentReleased(ContractId contract, Money total, PhoneNumber to, String transactionIds) {
        return text("sms.released", contract, amount(total), to.e164(), transactionIds);
    }

    /** The total refunded to one payer for a contract; {@code transactionIds} are the provider's, comma-separated. */
    public String paymentRefunded(ContractId contract, Money total, PhoneNumber to, String transactionIds) {
        return text("sms.refunded", contract, amount(total), to.e164(), transactionIds);
    }

    /** The prefix of every reason a failed payment's SMS can give ({@code pay.reason.payer_cancelled}, ...): see the Catalog. */
    public static final String REASON_KEYS = "pay.reason.";

    /**
     * A checkout that ended without the money: what it was for and why, in the payer's words.
     *
     * @param reasonKey the Catalog key of the reason, one of the {@value #REASON_KEYS}* texts
     * @throws IllegalArgumentException when {@code reasonKey} is no such key
     */
    public String paymentFailed(ContractId contract, Money money, String reasonKey) {
        if (!reasonKey.startsWith(REASON_KEYS)) {
            throw new IllegalArgumentException("'" + reasonKey + "' is not a payment failure reason");
        }
        return text("sms.payment.failed", contract, amount(money), text(reasonKey));
    }

    public String deliveryAlert(ContractId contract, BigDecimal partialQuantity, String unit) {
        String type = partialQuantity == null
                ? text("sms.delivery.full")
                : text("sms.delivery.partial", partialQuantity.toPlainString() + " " + unit);
        return text("sms.delivery", contract, type);
    }

    /**
     * The reason as GSM-7 carries it, cut to {@value #REASON_IN_SMS} characters: the SMS tells a dispute
     * opened, the record keeps the reason whole.
     */
    public String disputeOpened(ContractId contract, String reason) {
        String plain = SmsSegments.foldToGsm7(reason);
        String shown = plain.length() <= REASON_IN_SMS ? plain : plain.substring(0, REASON_IN_SMS - 3) + "...";
        return text("sms.dispute", contract, shown);
    }

    static final int REASON_IN_SMS = 300;

    /** Every party confirmed: the contract and the total they agreed to. */
    public String confirmed(Contract contract) {
        return text(
                "sms.confirmed",
                contract.id(),
                amount(contract.agreement().terms().total()));
    }

    /** This party's YES counted; the total it agreed to, and that the others are awaited. */
    public String youConfirmed(Contract contract) {
        return text(
                "sms.ack.yes",
                contract.id(),
                amount(contract.agreement().terms().total()));
    }

    public String cancelled(ContractId contract) {
        return text("sms.cancelled", contract);
    }

    public String expired(ContractId contract) {
        return text("sms.expired", contract);
    }

    /** @throws IllegalArgumentException for a YES, whose acknowledgement states the total: {@link #youConfirmed} */
    public String acknowledge(SmsCommand.Verb verb, ContractId contract) {
        if (verb == SmsCommand.Verb.YES) {
            throw new IllegalArgumentException("a YES is acknowledged with the total agreed");
        }
        return text("sms.ack." + verb.name().toLowerCase(Locale.ROOT), contract);
    }

    /** The acknowledgement of {@code verb} on {@code contract}: a YES's states the total agreed. */
    public String acknowledge(SmsCommand.Verb verb, Contract contract) {
        return verb == SmsCommand.Verb.YES ? youConfirmed(contract) : acknowledge(verb, contract.id());
    }

    public String status(Contract contract) {
        return text(
                "sms.status",
                contract.id(),
                status(contract.status()),
                contract.agreement().terms().product(),
                amount(contract.agreement().terms().total()));
    }

    public String help(String ussdCode) {
        return text("sms.help", ussdCode);
    }

    public String stranger(ContractId contract) {
        return text("sms.stranger", contract);
    }

    public String refused(ContractId contract, String reason) {
        return text("sms.refused", contract, reason);
    }

    public String callFailed(String cause) {
        return text("sms.call.failed", cause == null || cause.isBlank() ? "no answer" : cause);
    }

    /** The texts of a correction of the terms ({@code PRICE-<id> 250}, USSD "Change terms"). */
    public CorrectionSms corrections() {
        return new CorrectionSms(this);
    }

    public String unknownCommand() {
        return text("sms.unknown");
    }

    public String status(ContractStatus status) {
        return text("status." + status.wireName());
    }

    public String paymentStatus(PaymentStatus status) {
        return text("pay." + status.wireName());
    }

    public String text(String key, Object... args) {
        return Catalog.text(language, key, args);
    }
}
