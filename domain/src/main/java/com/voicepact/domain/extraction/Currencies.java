package com.voicepact.domain.extraction;

import com.voicepact.domain.common.CurrencyCode;
import com.voicepact.domain.common.PhoneNumber;
import com.voicepact.domain.extraction.ExtractedTerms.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The currency of the call, from the surest source there is: a currency named in the call ("uganda shillings",
 * "tsh", "frw", "ksh"); else the country of the parties' phone numbers when they are all of one country (+256 is
 * UGX); else the deployment's default country. Plain "shillings" or "bob" name no country: four countries pay in
 * shillings.
 */
final class Currencies {

    /** Named in the call: as sure as a word heard. */
    static final double NAMED = 0.9;
    /** Taken from the parties' numbers: likely, not said. */
    static final double FROM_PHONES = 0.75;
    /** The deployment's country: a guess, marked for the parties to check. */
    static final double FROM_DEFAULT = 0.6;

    private static final String SHILLINGS = "(?:shil+ing(?:s|i)?|pesa|bob)";

    /** Words (on normalised text) that name one country's currency ("900frw" too); the last one said wins. */
    private static final Map<CurrencyCode, Pattern> NAMES = Map.of(
            CurrencyCode.KES, words(country("kes|kshs?", "kenya(?:n)?|kikenya")),
            CurrencyCode.UGX, words(country("ugx|ushs?", "ug|uganda(?:n)?|kiganda")),
            CurrencyCode.TZS, words(country("tzs|tshs?", "tanzania(?:n)?|kitanzania|bongo")),
            CurrencyCode.RWF, words("rwf|frw|rwanda(?:n)? francs?|francs?|amafaranga|faranga(?: za rwanda)?"),
            CurrencyCode.NGN, words("naira|ngn"),
            CurrencyCode.MWK, words("mwk|malawi(?:an)? kwacha"),
            CurrencyCode.ZMW, words("zmw|zambia(?:n)? kwacha"));

    private Currencies() {}

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?<![a-z])(?:" + alternatives + ")\\b");
    }

    /** A country's shillings: its codes, or "uganda shillings" / "shilingi za kitanzania" (country before or after). */
    private static String country(String codes, String names) {
        return codes + "|(?:" + names + ") " + SHILLINGS + "|" + SHILLINGS + " (?:(?:ya|za) )?(?:" + names + ")";
    }

    /**
     * The currency of a call whose normalised words are {@code text}, with how it was known: named ({@link #NAMED}),
     * from the parties' phones ({@link #FROM_PHONES}) or the deployment's default country ({@link #FROM_DEFAULT}).
     * A default country VoicePact has no currency for gives KES, at the lowest confidence.
     */
    static Field<String> resolve(String text, ExtractionContext context) {
        Optional<CurrencyCode> named = named(text == null ? "" : text);
        if (named.isPresent()) {
            return Field.of(named.get().name(), NAMED);
        }
        Optional<CurrencyCode> phones = ofParties(context.parties());
        if (phones.isPresent()) {
            return Field.of(phones.get().name(), FROM_PHONES);
        }
        return Field.of(
                CurrencyCode.ofCountry(context.defaultCountry())
                        .orElse(CurrencyCode.KES)
                        .name(),
                FROM_DEFAULT);
    }

    /** The currency named last in the (normalised) call, if any names one country's money. */
    static Optional<CurrencyCode> named(String text) {
        CurrencyCode last = null;
        int lastAt = -1;
        for (Map.Entry<CurrencyCode, Pattern> name : NAMES.entrySet()) {
            Matcher m = name.getValue().matcher(text);
            while (m.find()) {
                if (m.start() > lastAt) {
                    lastAt = m.start();
                    last = name.getKey();
                }
            }
        }
        return Optional.ofNullable(last);
    }

    /** The currency of the parties' country when every number is of the same country VoicePact has a currency for. */
    static Optional<CurrencyCode> ofParties(List<PhoneNumber> parties) {
        List<String> countries =
                parties.stream().map(PhoneNumber::country).distinct().toList();
        return countries.size() == 1 ? CurrencyCode.ofCountry(countries.get(0)) : Optional.empty();
    }
}
