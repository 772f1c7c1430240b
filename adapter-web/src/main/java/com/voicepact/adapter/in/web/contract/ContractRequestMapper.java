package com.voicepact.adapter.in.web.contract;

import com.voicepact.adapter.in.web.PhoneNumbers;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.Money;
import com.voicepact.domain.contract.ContractTerms;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import com.voicepact.domain.contract.Quantity;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Turns the request records into domain values; every refusal names the field. */
@Singleton
final class ContractRequestMapper {

    private final PhoneNumbers phones;

    ContractRequestMapper(PhoneNumbers phones) {
        this.phones = phones;
    }

    List<Party> parties(List<PartyRequest> requests) {
        InvalidValueException.require(
                requests != null && requests.size() >= 2, "parties: a contract needs at least two parties");
        return requests.stream()
                .map(p -> {
                    InvalidValueException.require(p != null, "parties: an entry is empty");
                    return Party.of(phones.parse(p.anyPhone()), PartyRole.parse(p.role()), p.name());
                })
                .toList();
    }

    ContractTerms terms(TermsRequest t) {
        InvalidValueException.require(t != null, "terms are required");
        String code = t.currency() != null ? t.currency() : t.currencyCode();
        CurrencyCode currency = CurrencyCode.parse(code == null ? "KES" : code);
        Quantity quantity = t.quantity() == null ? null : Quantity.of(t.quantity(), t.unit());
        return ContractTerms.of(
                t.product(),
                quantity,
                money(t.unitPrice(), currency, "unit_price"),
                money(t.totalAmount(), currency, "total_amount"),
                t.deliveryLocation(),
                date(t.deliveryDeadline()),
                t.qualityRequirements(),
                t.paymentTerms());
    }

    private static Money money(BigDecimal amount, CurrencyCode currency, String field) {
        return amount == null ? null : Money.positive(amount, currency, field);
    }

    /**
     * A plain ISO date: a deadline is a day. A date-time is refused rather than cut to its date, since
     * its day depends on a time zone the sender may not have meant.
     */
    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            String shown = text.length() <= 40 ? text : text.substring(0, 40) + "...";
            throw new InvalidValueException("delivery_deadline must be a date like 2027-12-20, got '" + shown + "'");
        }
    }
}
