package com.voicepact.domain.common;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import com.voicepact.domain.InvalidValueException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** A mobile phone number in E.164 form (`+254712345678`), checked with libphonenumber. */
public record PhoneNumber(String e164) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern ALLOWED_INPUT = Pattern.compile("[+0-9 ()\\-.]{1,25}");
    private static final Set<PhoneNumberType> MOBILE_TYPES =
            Set.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);
    /**
     * Numbers found valid mobiles already: every contract or payment read back from storage builds its parties'
     * numbers again, and libphonenumber's parse and check were a tenth of a payment callback's CPU. Its verdict on a
     * number does not change while the JVM runs. Bounded: emptied when it reaches {@value #CHECKED_LIMIT} numbers.
     */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    private static final int CHECKED_LIMIT = 50_000;

    public PhoneNumber {
        InvalidValueException.require(
                e164 != null && E164.matcher(e164).matches(),
                "phone number '" + e164 + "' is not in E.164 form (+<country><number>)");
        if (!CHECKED.contains(e164)) {
            requireValidMobile(toLibPhoneNumber(e164, "ZZ"), e164);
            if (CHECKED.size() >= CHECKED_LIMIT) {
                CHECKED.clear();
            }
            CHECKED.add(e164);
        }
    }

    /**
     * Parses an E.164 number or a local form (`0712 345 678`, `254712345678`) of the default region.
     *
     * @throws InvalidValueException saying, in the user's terms, what is wrong: characters a phone
     *         number cannot have, too short, too long, an unknown country code, not a valid number,
     *         not a mobile number (from libphonenumber's validation result, never its messages)
     */
    public static PhoneNumber parse(String raw, String defaultRegion) {
        InvalidValueException.require(raw != null && !raw.isBlank(), "phone number is required");
        String trimmed = raw.strip();
        InvalidValueException.require(
                ALLOWED_INPUT.matcher(trimmed).matches(),
                "phone number may contain only digits, spaces, '+', '-', '.' and brackets");
        Phonenumber.PhoneNumber parsed = toLibPhoneNumber(trimmed, defaultRegion);
        requirePossibleLength(parsed, trimmed);
        requireValidMobile(parsed, trimmed);
        return new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164));
    }

    /** ISO 3166-1 alpha-2 code of the number's country, as libphonenumber reads it ({@code UG} for +256...). */
    public String country() {
        return UTIL.getRegionCodeForNumber(toLibPhoneNumber(e164, "ZZ"));
    }

    /** The last three digits only, for logs and screens that must not reveal the number. */
    public String masked() {
        return e164.substring(0, 4) + "*".repeat(e164.length() - 7) + e164.substring(e164.length() - 3);
    }

    private static Phonenumber.PhoneNumber toLibPhoneNumber(String raw, String region) {
        try {
            return UTIL.parse(raw, region);
        } catch (NumberParseException e) {
            throw new InvalidValueException("phone number '" + raw + "' "
                    + switch (e.getErrorType()) {
                        case TOO_SHORT_NSN, TOO_SHORT_AFTER_IDD -> "is too short";
                        case TOO_LONG -> "is too long";
                        case INVALID_COUNTRY_CODE ->
                            "has no country code we know (write it as +<country code><number>)";
                        case NOT_A_NUMBER -> "is not a phone number";
                    });
        }
    }

    /**
     * Length first, measured against the country's mobile numbers, so that {@code 12345} or
     * {@code 0712345} is "too short" rather than merely "not valid".
     */
    private static void requirePossibleLength(Phonenumber.PhoneNumber number, String raw) {
        String problem = switch (UTIL.isPossibleNumberForTypeWithReason(number, PhoneNumberType.MOBILE)) {
            case IS_POSSIBLE -> null;
            case TOO_SHORT, IS_POSSIBLE_LOCAL_ONLY -> "is too short";
            case TOO_LONG -> "is too long";
            case INVALID_LENGTH -> "has the wrong number of digits for its country";
            case INVALID_COUNTRY_CODE -> "has no country code we know (write it as +<country code><number>)";
        };
        InvalidValueException.require(problem == null, "phone number '" + raw + "' " + problem);
    }

    private static void requireValidMobile(Phonenumber.PhoneNumber number, String raw) {
        InvalidValueException.require(UTIL.isValidNumber(number), "phone number '" + raw + "' is not a valid number");
        InvalidValueException.require(
                MOBILE_TYPES.contains(UTIL.getNumberType(number)), "phone number '" + raw + "' is not a mobile number");
    }

    @Override
    public String toString() {
        return e164;
    }
}
