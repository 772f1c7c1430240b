package com.voicepact.domain;

/** A value that can never be valid (a malformed phone number, a negative amount, ...). */
public final class InvalidValueException extends DomainException {

    public InvalidValueException(String reason) {
        super(reason);
    }

    public static void require(boolean condition, String reason) {
        if (!condition) {
            throw new InvalidValueException(reason);
        }
    }

    public static String requireText(String value, String field, int maxLength) {
        require(value != null && !value.isBlank(), field + " is required");
        String trimmed = value.strip();
        require(trimmed.length() <= maxLength, field + " must be at most " + maxLength + " characters");
        return trimmed;
    }
}
