package com.voicepact.domain.messaging;

import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.contract.ContractAction;
import com.voicepact.domain.contract.ContractId;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a party texted: {@code YES-<id>}, {@code NO-<id>}, {@code DELIVERED-<id>}, {@code ACCEPT-<id>},
 * {@code DISPUTE-<id> <reason>}, {@code STATUS-<id>} or {@code HELP} ({@code NDIYO}/{@code NDIO},
 * {@code HAPANA}, {@code MSAADA} in Kiswahili).
 *
 * <p>Read the way phones type: any case; any Unicode space (no-break, ideographic, tab, newline) or dash
 * (en, em, minus sign, non-breaking hyphen, full-width, underscore), or none, between the words; full-width
 * letters and digits; invisible characters (zero-width space, byte-order mark, soft hyphen) ignored;
 * quotes, punctuation and emoji before or after the command ignored. Anything else around a command
 * (a word, a digit, a second command) makes it no command. A dispute's reason is kept exactly as typed.
 */
public record SmsCommand(Verb verb, ContractId contractId, String reason) {

    public enum Verb {
        YES,
        NO,
        DELIVERED,
        ACCEPT,
        DISPUTE,
        STATUS,
        HELP;

        /** The contract action this verb asks for ({@link ContractAction}, whose rule decides); empty for a question. */
        public Optional<ContractAction> action() {
            return switch (this) {
                case YES -> Optional.of(ContractAction.CONFIRM);
                case NO -> Optional.of(ContractAction.DECLINE);
                case DELIVERED -> Optional.of(ContractAction.REPORT_DELIVERY);
                case ACCEPT -> Optional.of(ContractAction.ACCEPT_DELIVERY);
                case DISPUTE -> Optional.of(ContractAction.RAISE_DISPUTE);
                case STATUS, HELP -> Optional.empty();
            };
        }
    }

    /** The reason recorded when a dispute is texted without one. */
    public static final String DEFAULT_DISPUTE_REASON = "reported by SMS";

    private static final String SEPARATORS = "[^\\p{L}\\p{N}]*";
    private static final Pattern COMMAND = Pattern.compile(
            "^" + SEPARATORS + "(YES|NDIYO|NDIO|NO|HAPANA|DELIVERED|ACCEPT|DISPUTE|STATUS|HELP|MSAADA)" + SEPARATORS
                    + "(?:AG" + SEPARATORS + "(\\d{4})" + SEPARATORS + "(\\d{1,6})(?!\\d))?(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern WORD_OR_NUMBER = Pattern.compile("[\\p{L}\\p{N}]");
    private static final String REASON_LEAD = " -:,;.";

    /** The command in {@code text}, or empty when it is none (null, blank, or anything the grammar above refuses). */
    public static Optional<SmsCommand> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Typed typed = Typed.of(text);
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
                        ? Optional.of(new SmsCommand(verb, null, null))
                        : Optional.empty();
            }
            if (id == null || (verb != Verb.DISPUTE && !restIsDecoration)) {
                return Optional.empty();
            }
            String reason = restIsDecoration
                    ? DEFAULT_DISPUTE_REASON
                    : typed.originalFrom(m.start(4), REASON_LEAD).strip();
            return Optional.of(new SmsCommand(verb, id, verb == Verb.DISPUTE ? reason : null));
        } catch (InvalidValueException impossibleId) {
            return Optional.empty(); // AG-1999-..., AG-2026-000000: no contract can have it
        }
    }

    private static Verb verb(String word) {
        return switch (word) {
            case "NDIYO", "NDIO" -> Verb.YES;
            case "HAPANA" -> Verb.NO;
            case "MSAADA" -> Verb.HELP;
            default -> Verb.valueOf(word);
        };
    }

    /**
     * The text with every space as {@code ' '}, every dash as {@code '-'}, compatibility forms folded
     * (NFKC, so full-width {@code ＹＥＳ} is {@code YES}) and invisible format characters dropped; each
     * character remembers where it came from, so a reason can be cut from the original.
     */
    private record Typed(String text, int[] origin, String original) {

        static Typed of(String original) {
            StringBuilder out = new StringBuilder(original.length());
            int[] origin = new int[original.length() * 4 + 1];
            for (int i = 0; i < original.length(); ) {
                int cp = original.codePointAt(i);
                String folded = fold(cp);
                for (int k = 0; k < folded.length(); k++) {
                    origin[out.length()] = i;
                    out.append(folded.charAt(k));
                }
                i += Character.charCount(cp);
            }
            origin[out.length()] = original.length();
            return new Typed(out.toString(), origin, original);
        }

        private static String fold(int cp) {
            int type = Character.getType(cp);
            if (type == Character.FORMAT) {
                return ""; // zero-width space and joiner, byte-order mark, soft hyphen
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                return " ";
            }
            if (type == Character.DASH_PUNCTUATION
                    || type == Character.CONNECTOR_PUNCTUATION
                    || cp == '\u2212'
                    || cp == '\u2043') {
                return "-";
            }
            return Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
        }

        /** The original text from the character at {@code index} on, after any of {@code lead} at its start. */
        String originalFrom(int index, String lead) {
            int at = index;
            while (at < text.length() && lead.indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            return original.substring(origin[at]);
        }
    }
}
