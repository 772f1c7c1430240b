package com.voicepact.domain;

/** A value that can never be valid (a malformed phone number, a negative amount, ...). */
public class InvalidValueException extends DomainException {

    public InvalidValueException(String reason) {
        super(reason);
    }

    public static void require(boolean condition, String reason) {
        if (!condition) {
            throw new InvalidValueException(reason);
        }
    }

    /**
     * An identifier from outside (a provider's id, a session id), kept exactly as sent.
     *
     * @throws InvalidValueException when it is absent or blank ("is required") or longer than {@code maxLength}
     */
    public static String requireId(String value, String field, int maxLength) {
        require(value != null && !value.isBlank(), field + " is required");
        require(value.length() <= maxLength, field + " is longer than " + maxLength + " characters");
        return value;
    }

    /**
     * A number as a refusal may quote it: plain when short, else in scientific notation and cut to 30
     * characters, so that {@code 1e999999999} is quoted as {@code 1E+999999999}, never written out.
     */
    public static String shown(java.math.BigDecimal value) {
        boolean small = value.precision() <= 30 && Math.abs((long) value.scale()) <= 30;
        String text = small ? value.toPlainString() : value.toString();
        return text.length() <= 30 ? text : text.substring(0, 30) + "...";
    }

    public static String requireText(String value, String field, int maxLength) {
        require(value != null && !value.isBlank(), field + " is required");
        String trimmed = value.strip();
        require(trimmed.length() <= maxLength, field + " must be at most " + maxLength + " characters");
        return trimmed;
    }
}
