package com.voicepact.domain.messaging;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.contract.ContractAction;
import com.voicepact.domain.contract.ContractId;
import com.voicepact.domain.contract.TermCorrection;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a party texted: {@code YES-<id>}, {@code NO-<id>}, {@code DELIVERED-<id>}, {@code ACCEPT-<id>},
 * {@code DISPUTE-<id> <reason>}, {@code STATUS-<id>} or {@code HELP} ({@code NDIYO}/{@code NDIO},
 * {@code HAPANA}, {@code MSAADA} in Kiswahili), a YES or NO naming the version of the terms it answers after the terms
 * changed ({@code YES-<id>-<n>}, read as the id with the same separators; {@link #namedTermsVersion()}); or a correction of one term before confirming:
 * {@code PRICE-<id> <amount>} ({@code BEI}), {@code QTY-<id> <number> [unit]} ({@code QUANTITY}, {@code IDADI},
 * {@code KIASI}), {@code PLACE-<id> <text>} ({@code MAHALI}), {@code DATE-<id> <date>} ({@code TAREHE}),
 * {@code PRODUCT-<id> <name>} ({@code BIDHAA}); its value is read by {@link #correction()} (forms: {@link CorrectionValues}).
 *
 * <p>Read the way phones type: any case; any Unicode space (no-break, ideographic, tab, newline) or dash
 * (en, em, minus sign, non-breaking hyphen, full-width, underscore), or none, between the words; full-width
 * letters and digits; invisible characters (zero-width space, byte-order mark, soft hyphen) ignored;
 * quotes, punctuation and emoji before or after the command ignored. Anything else around a command
 * (a word, a digit, a second command) makes it no command. A dispute's reason is kept exactly as typed. A correction
 * with its id is a command whatever follows (its value is checked by {@link #correction()}, so a texter whose value
 * is unreadable is told the form, not "not understood").
 *
 * @param reason a dispute's reason, else null
 * @param value a correction's value as typed (folded as above, decoration around it dropped; "" when none), else null
 */
public record SmsCommand(Verb verb, ContractId contractId, String reason, String value, Integer termsVersion) {

    public SmsCommand(Verb verb, ContractId contractId, String reason, String value) {
        this(verb, contractId, reason, value, null);
    }

    /**
     * The version of the terms a {@code YES-<id>-<n>} (or {@code NO-<id>-<n>}) names; empty for a plain
     * {@code YES-<id>} and every other command.
     */
    public Optional<Integer> namedTermsVersion() {
        return Optional.ofNullable(termsVersion);
    }

    public enum Verb {
        YES,
        NO,
        DELIVERED,
        ACCEPT,
        DISPUTE,
        STATUS,
        HELP,
        PRICE,
        QUANTITY,
        PLACE,
        DATE,
        PRODUCT;

        /** The contract action this verb asks for ({@link ContractAction}, whose rule decides); empty for a question. */
        public Optional<ContractAction> action() {
            return switch (this) {
                case YES -> Optional.of(ContractAction.CONFIRM);
                case NO -> Optional.of(ContractAction.DECLINE);
                case DELIVERED -> Optional.of(ContractAction.REPORT_DELIVERY);
                case ACCEPT -> Optional.of(ContractAction.ACCEPT_DELIVERY);
                case DISPUTE -> Optional.of(ContractAction.RAISE_DISPUTE);
                case PRICE, QUANTITY, PLACE, DATE, PRODUCT -> Optional.of(ContractAction.AMEND_TERMS);
                case STATUS, HELP -> Optional.empty();
            };
        }

        /** The term this verb corrects; empty for every other verb. */
        public Optional<TermCorrection.Field> correctedField() {
            return switch (this) {
                case PRICE -> Optional.of(TermCorrection.Field.PRICE);
                case QUANTITY -> Optional.of(TermCorrection.Field.QUANTITY);
                case PLACE -> Optional.of(TermCorrection.Field.PLACE);
                case DATE -> Optional.of(TermCorrection.Field.DATE);
                case PRODUCT -> Optional.of(TermCorrection.Field.PRODUCT);
                default -> Optional.empty();
            };
        }
    }

    /** True for a correction of one term ({@code PRICE-}, {@code QTY-}, ...). */
    public boolean isCorrection() {
        return verb.correctedField().isPresent();
    }

    /**
     * The correction this command asks for, read from its value.
     *
     * @throws InvalidValueException when the value is missing or no value of the field (its message names the form,
     *     e.g. "'25o' is not a price: write digits, e.g. PRICE-AG-2026-000123 250")
     * @throws IllegalStateException when this command is no correction
     */
    public TermCorrection correction() {
        return CorrectionValues.read(
                verb.correctedField().orElseThrow(() -> new IllegalStateException(verb + " corrects no term")),
                value,
                contractId);
    }

    /** The reason recorded when a dispute is texted without one. */
    public static final String DEFAULT_DISPUTE_REASON = "reported by SMS";

    private static final String SEPARATORS = "[^\\p{L}\\p{N}]*";
    private static final Pattern COMMAND = Pattern.compile(
            "^" + SEPARATORS
                    + "(YES|NDIYO|NDIO|NO|HAPANA|DELIVERED|ACCEPT|DISPUTE|STATUS|HELP|MSAADA"
                    + "|PRICE|BEI|QTY|QUANTITY|IDADI|KIASI|PLACE|MAHALI|DATE|TAREHE|PRODUCT|BIDHAA)" + SEPARATORS
                    + "(?:AG" + SEPARATORS + "(\\d{4})" + SEPARATORS + "(\\d{1,6})(?!\\d))?(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern VERSION = Pattern.compile("^" + SEPARATORS + "(\\d{1,4})(?!\\d)(.*)$", Pattern.DOTALL);
    private static final Pattern WORD_OR_NUMBER = Pattern.compile("[\\p{L}\\p{N}]");
    private static final String REASON_LEAD = " -:,;.";

    /** The command in {@code text}, or empty when it is none (null, blank, or anything the grammar above refuses). */
    public static Optional<SmsCommand> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        TypedText typed = TypedText.of(text);
        Matcher m = COMMAND.matcher(typed.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        Verb verb = verb(m.group(1).toUpperCase(Locale.ROOT));
        String rest = m.group(4);
        boolean restIsDecoration = !WORD_OR_NUMBER.matcher(rest).find();
        try {
            ContractId id =
                    m.group(2) == null ? null : ContractId.of(Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
            if (verb == Verb.HELP) {
                return restIsDecoration && id == null
                        ? Optional.of(new SmsCommand(verb, null, null, null))
                        : Optional.empty();
            }
            if (id != null && verb.correctedField().isPresent()) {
                return Optional.of(new SmsCommand(verb, id, null, CorrectionValues.trimmed(rest)));
            }
            Matcher version = VERSION.matcher(rest);
            if (id != null
                    && (verb == Verb.YES || verb == Verb.NO)
                    && version.matches()
                    && !WORD_OR_NUMBER.matcher(version.group(2)).find()) {
                int n = Integer.parseInt(version.group(1));
                return n < 1 ? Optional.empty() : Optional.of(new SmsCommand(verb, id, null, null, n));
            }
            if (id == null || (verb != Verb.DISPUTE && !restIsDecoration)) {
                return Optional.empty();
            }
            String reason = restIsDecoration
                    ? DEFAULT_DISPUTE_REASON
                    : typed.originalFrom(m.start(4), REASON_LEAD).strip();
            return Optional.of(new SmsCommand(verb, id, verb == Verb.DISPUTE ? reason : null, null));
        } catch (InvalidValueException impossibleId) {
            return Optional.empty(); // AG-1999-..., AG-2026-000000: no contract can have it
        }
    }

    private static Verb verb(String word) {
        return switch (word) {
            case "NDIYO", "NDIO" -> Verb.YES;
            case "HAPANA" -> Verb.NO;
            case "MSAADA" -> Verb.HELP;
            case "BEI" -> Verb.PRICE;
            case "QTY", "IDADI", "KIASI" -> Verb.QUANTITY;
            case "MAHALI" -> Verb.PLACE;
            case "TAREHE" -> Verb.DATE;
            case "BIDHAA" -> Verb.PRODUCT;
            default -> Verb.valueOf(word);
        };
    }
}
