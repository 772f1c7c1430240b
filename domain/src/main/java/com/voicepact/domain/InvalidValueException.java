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

    public static String requireText(String value, String field, int maxLength) {
        require(value != null && !value.isBlank(), field + " is required");
        String trimmed = value.strip();
        require(trimmed.length() <= maxLength, field + " must be at most " + maxLength + " characters");
        return trimmed;
    }
}
