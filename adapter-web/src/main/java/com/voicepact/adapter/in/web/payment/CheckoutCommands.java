package com.voicepact.adapter.in.web.payment;

import com.voicepact.adapter.in.web.PhoneNumbers;
import com.voicepact.application.escrow.port.in.CheckoutCommand;
import com.voicepact.application.escrow.port.in.GetCheckoutLimitsUseCase;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.audit.Actor;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractId;
import java.math.BigDecimal;

/**
 * A {@code POST /api/v1/payments/checkout} body read into the application's {@link CheckoutCommand}: the currency from
 * {@code currency} or {@code currency_code} (KES when neither), {@code amount} and {@code contract_id} required, the
 * amount refused with the checkout's own limits.
 */
final class CheckoutCommands {

    private final PhoneNumbers phones;
    private final GetCheckoutLimitsUseCase limits;

    CheckoutCommands(PhoneNumbers phones, GetCheckoutLimitsUseCase limits) {
        this.phones = phones;
        this.limits = limits;
    }

    /** @throws InvalidValueException naming the field at fault (answer 400) */
    CheckoutCommand of(CheckoutRequest body, String idempotencyKey, Actor actor) {
        String code = body.currency() != null ? body.currency() : body.currencyCode();
        CurrencyCode currency = CurrencyCode.parse(code == null ? "KES" : code);
        InvalidValueException.require(body.amount() != null, "amount is required");
        InvalidValueException.require(body.contractId() != null, "contract_id is required");
        return new CheckoutCommand(
                ContractId.parse(body.contractId()),
                phones.parse(body.phoneNumber()),
                withinLimits(body.amount(), currency),
                body.paymentType(),
                body.metadata(),
                idempotencyKey,
                actor);
    }

    /**
     * The amount as Money, refused with the checkout's own limits (not Money's whole range) when it is
     * zero, negative or beyond any amount: those are what the operator can ask for.
     */
    private Money withinLimits(BigDecimal amount, CurrencyCode currency) {
        GetCheckoutLimitsUseCase.Limits limits = this.limits.checkoutLimits(currency);
        InvalidValueException.require(
                amount.signum() > 0 && amount.compareTo(Money.maximum(currency)) <= 0,
                "amount " + currency + " " + InvalidValueException.shown(amount)
                        + " is outside the per-transaction limits " + limits.words());
        return Money.positive(amount, currency, "amount");
    }
}
