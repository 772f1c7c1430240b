package com.voicepact.domain.messaging;

import java.util.Map;

/**
 * The texts of a party correcting the terms before confirming ({@code PRICE-<id> 250}, the USSD "Change terms"
 * screen): the new summary's opening line, and the answers to a correction refused.
 */
final class CorrectionTexts {

    static final Map<String, String> EN = Map.ofEntries(
            Map.entry(
                    "sms.amended",
                    "VoicePact: {0} changed the {1} of {2}: {3} -> {4}. A YES given before no longer counts."),
            Map.entry("sms.amend.unchanged", "VoicePact: The {1} of {0} is already {2}; nothing was changed."),
            Map.entry("sms.amend.closed", "VoicePact: The terms of {0} can no longer be changed: it is {1}."),
            Map.entry(
                    "sms.amend.unreadable",
                    "VoicePact: {0} was not changed: \"{1}\" is not a {2}. Write it like this: {3}"),
            Map.entry("sms.amend.missing", "VoicePact: Send the new {1} after the contract number, like this: {2}"),
            Map.entry("role.buyer", "the buyer"),
            Map.entry("role.seller", "the seller"),
            Map.entry("role.mediator", "the mediator"),
            Map.entry("role.witness", "the witness"));

    static final Map<String, String> SW = Map.ofEntries(
            Map.entry(
                    "sms.amended",
                    "VoicePact: {0} amebadilisha {1} ya {2}: {3} -> {4}. YES iliyotolewa awali haihesabiki tena."),
            Map.entry("sms.amend.unchanged", "VoicePact: {1} ya {0} tayari ni {2}; hakuna kilichobadilishwa."),
            Map.entry("sms.amend.closed", "VoicePact: Masharti ya {0} hayawezi kubadilishwa tena: mkataba {1}."),
            Map.entry(
                    "sms.amend.unreadable", "VoicePact: {0} haukubadilishwa: \"{1}\" si {2} sahihi. Andika hivi: {3}"),
            Map.entry("sms.amend.missing", "VoicePact: Tuma {1} mpya baada ya nambari ya mkataba, hivi: {2}"),
            Map.entry("role.buyer", "mnunuzi"),
            Map.entry("role.seller", "muuzaji"),
            Map.entry("role.mediator", "mpatanishi"),
            Map.entry("role.witness", "shahidi"));

    private CorrectionTexts() {}
}
