package com.voicepact.domain.contract;

import com.voicepact.domain.InvalidValueException;
import java.util.regex.Pattern;

/** `AG-YYYY-NNNNNN`: the year of creation and a deployment-wide sequence number. */
public record ContractId(String value) {

    private static final Pattern FORMAT = Pattern.compile("AG-\\d{4}-\\d{6}");
    private static final int MAX_SEQUENCE = 999_999;

    public ContractId {
        InvalidValueException.require(
                value != null && FORMAT.matcher(value).matches(),
                "contract id '" + value + "' is not of the form AG-YYYY-NNNNNN");
    }

    public static ContractId of(int year, long sequence) {
        InvalidValueException.require(year >= 2000 && year <= 9999, "year " + year + " is out of range");
        InvalidValueException.require(
                sequence >= 1 && sequence <= MAX_SEQUENCE,
                "contract sequence " + sequence + " is out of range 1.." + MAX_SEQUENCE);
        return new ContractId(String.format("AG-%04d-%06d", year, sequence));
    }

    public static ContractId parse(String value) {
        return new ContractId(value == null ? null : value.strip().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
