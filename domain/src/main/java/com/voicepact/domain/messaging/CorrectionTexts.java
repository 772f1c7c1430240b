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
            Map.entry("role.witness", "the witness"),
            Map.entry("ussd.act.change", "Change terms"),
            Map.entry("ussd.terms.field", "Change which term of {0}?\n1. Price\n2. Quantity\n3. Place\n4. Date"),
            Map.entry("ussd.terms.price", "Enter the new price ({0} per one of {1}):"),
            Map.entry("ussd.terms.quantity", "Enter the new quantity ({1}):"),
            Map.entry("ussd.terms.place", "Enter the new delivery place:"),
            Map.entry("ussd.terms.date", "Enter the new delivery date (DD/MM/YYYY or DDMMYYYY):"),
            Map.entry("ussd.terms.invalid", "Not a {0} we can read. Try again:"),
            Map.entry(
                    "ussd.terms.confirm",
                    "Change the {0} of {1} to {2}?\nEvery party must confirm again.\n1. Yes, change it"),
            Map.entry(
                    "ussd.done.change",
                    "The {0} of {1} is now {2}.\nEvery party gets the new terms by SMS to confirm again."),
            Map.entry(
                    "sms.yes.stale",
                    "VoicePact: The terms of {0} changed after you sent YES: {1}, total {2}, due {3}. Reply YES-{4} to agree to the new terms."),
            Map.entry(
                    "sms.yes.version",
                    "VoicePact: Your YES was not counted: the terms of {0} changed to version {5}: {1}, total {2}, due {3}. To agree to these terms reply YES-{4}"),
            Map.entry(
                    "sms.yes.unchanged",
                    "VoicePact: Your YES was not counted: the terms of {0} have not changed: {1}, total {2}, due {3}. To agree to them reply YES-{4}"),
            Map.entry("ussd.terms.changed", "The terms changed since you saw them. Check them and confirm again:"));

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
            Map.entry("role.witness", "shahidi"),
            Map.entry("ussd.act.change", "Badilisha masharti"),
            Map.entry("ussd.terms.field", "Badilisha sharti gani la {0}?\n1. Bei\n2. Kiasi\n3. Mahali\n4. Tarehe"),
            Map.entry("ussd.terms.price", "Weka bei mpya ({0} kwa kimoja cha {1}):"),
            Map.entry("ussd.terms.quantity", "Weka kiasi kipya ({1}):"),
            Map.entry("ussd.terms.place", "Weka mahali papya pa kuwasilisha:"),
            Map.entry("ussd.terms.date", "Weka tarehe mpya ya kuwasilisha (DD/MM/YYYY au DDMMYYYY):"),
            Map.entry("ussd.terms.invalid", "Hatuwezi kusoma {0} hii. Jaribu tena:"),
            Map.entry(
                    "ussd.terms.confirm",
                    "Badilisha {0} ya {1} kuwa {2}?\nPande zote zitakubali tena.\n1. Ndiyo, badilisha"),
            Map.entry(
                    "ussd.done.change",
                    "{0} ya {1} sasa ni {2}.\nKila upande utapata masharti mapya kwa SMS ili kukubali tena."),
            Map.entry(
                    "sms.yes.stale",
                    "VoicePact: Masharti ya {0} yalibadilika baada ya kutuma YES: {1}, jumla {2}, tarehe {3}. Jibu YES-{4} kukubali masharti mapya."),
            Map.entry(
                    "sms.yes.version",
                    "VoicePact: YES yako haikuhesabiwa: masharti ya {0} yamebadilika, toleo {5}: {1}, jumla {2}, tarehe {3}. Kukubali masharti haya jibu YES-{4}"),
            Map.entry(
                    "sms.yes.unchanged",
                    "VoicePact: YES yako haikuhesabiwa: masharti ya {0} hayajabadilika: {1}, jumla {2}, tarehe {3}. Kuyakubali jibu YES-{4}"),
            Map.entry("ussd.terms.changed", "Masharti yamebadilika tangu uyaone. Yaangalie na ukubali tena:"));

    private CorrectionTexts() {}
}
