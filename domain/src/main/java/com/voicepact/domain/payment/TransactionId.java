package com.voicepact.domain.payment;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.contract.ContractId;
import java.util.regex.Pattern;

/** {@code TXN-<contract id>-NNN}: the contract's n-th payment. */
public record TransactionId(String value) {

    private static final Pattern FORMAT = Pattern.compile("TXN-AG-\\d{4}-\\d{6}-\\d{3}");

    public TransactionId {
        InvalidValueException.require(
                value != null && FORMAT.matcher(value).matches(),
                "transaction id '" + value + "' is not of the form TXN-AG-YYYY-NNNNNN-NNN");
    }

    public static TransactionId of(ContractId contract, int number) {
        InvalidValueException.require(
                number >= 1 && number <= 999, "payment number " + number + " is out of range 1..999");
        return new TransactionId(String.format("TXN-%s-%03d", contract.value(), number));
    }

    public static TransactionId parse(String value) {
        return new TransactionId(value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public ContractId contractId() {
        return new ContractId(value.substring(4, 18));
    }

    @Override
    public String toString() {
        return value;
    }
}
