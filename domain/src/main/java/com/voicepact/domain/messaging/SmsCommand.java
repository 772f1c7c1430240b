package com.voicepact.domain.messaging;

import com.voicepact.domain.contract.ContractId;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a party texted: {@code YES-<id>}, {@code NO-<id>}, {@code DELIVERED-<id>}, {@code ACCEPT-<id>},
 * {@code DISPUTE-<id> <reason>}, {@code STATUS-<id>} or {@code HELP}. Case, spaces and a missing dash
 * are forgiven ({@code yes ag 2026 000001}, {@code Accept-AG-2026-000001}).
 */
public record SmsCommand(Verb verb, ContractId contractId, String reason) {

    public enum Verb { YES, NO, DELIVERED, ACCEPT, DISPUTE, STATUS, HELP }

    private static final Pattern COMMAND = Pattern.compile(
            "^\\s*(YES|NDIYO|NO|HAPANA|DELIVERED|ACCEPT|DISPUTE|STATUS|HELP|MSAADA)\\b?\\s*-?\\s*"
                    + "(?:AG\\s*-?\\s*(\\d{4})\\s*-?\\s*(\\d{6}))?\\s*(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    public static Optional<SmsCommand> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = COMMAND.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Verb verb = verb(m.group(1).toUpperCase(Locale.ROOT));
        ContractId id = m.group(2) == null ? null : ContractId.of(Integer.parseInt(m.group(2)), Long.parseLong(m.group(3)));
        String rest = m.group(4).strip();
        if (verb == Verb.HELP) {
            return rest.isEmpty() && id == null ? Optional.of(new SmsCommand(verb, null, null)) : Optional.empty();
        }
        if (id == null || (verb != Verb.DISPUTE && !rest.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(new SmsCommand(verb, id, verb == Verb.DISPUTE ? (rest.isEmpty() ? "reported by SMS" : rest) : null));
    }

    private static Verb verb(String word) {
        return switch (word) {
            case "NDIYO" -> Verb.YES;
            case "HAPANA" -> Verb.NO;
            case "MSAADA" -> Verb.HELP;
            default -> Verb.valueOf(word);
        };
    }
}
