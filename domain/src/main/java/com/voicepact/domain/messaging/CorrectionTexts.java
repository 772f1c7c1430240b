package com.voicepact.domain.messaging;

import java.util.Map;

/**
 * The texts of a party correcting the terms before confirming ({@code PRICE-<id> 250}, the USSD "Change terms"
 * screen): the new summary's opening line, and the answers to a correction refused.
 */
final class CorrectionTexts {

    static final Map<String, String> EN = Map.ofEntries(
            Map.entry(
                    "sms.amend.refused.negative",
                    "VoicePact: {0} was not changed: the {1} cannot be below zero (\"{2}\"). Write it like this: {4}"),
            Map.entry(
                    "sms.amend.refused.zero",
                    "VoicePact: {0} was not changed: the {1} must be more than 0. Write it like this: {4}"),
            Map.entry(
                    "sms.amend.refused.too_large", "VoicePact: {0} was not changed: \"{2}\" is too large for the {1}."),
            Map.entry(
                    "sms.amend.refused.decimals",
                    "VoicePact: {0} was not changed: \"{2}\" has more decimals than {3} has."),
            Map.entry(
                    "sms.amend.refused.currency",
                    "VoicePact: {0} was not changed: its price is in {3}, not as in \"{2}\". Send the price in {3}, like this: {4}"),
            Map.entry(
                    "sms.amend.refused.unit",
                    "VoicePact: {0} was not changed: its quantity and price are per {3}, not as in \"{2}\". Send the number of {3}, like this: QTY-{0} 80"),
            Map.entry(
                    "sms.amend.refused.past_date",
                    "VoicePact: {0} was not changed: the delivery date {3} is in the past. Send a date from today on, like this: {4}"),
            Map.entry(
                    "sms.amend.refused.no_value",
                    "VoicePact: {0} was not changed: send the {1}''s name after the contract number, like this: {4}"),
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
                    "sms.amend.refused.negative",
                    "VoicePact: {0} haukubadilishwa: {1} haiwezi kuwa chini ya sifuri (\"{2}\"). Andika hivi: {4}"),
            Map.entry(
                    "sms.amend.refused.zero",
                    "VoicePact: {0} haukubadilishwa: {1} lazima iwe zaidi ya 0. Andika hivi: {4}"),
            Map.entry("sms.amend.refused.too_large", "VoicePact: {0} haukubadilishwa: \"{2}\" ni kubwa mno kwa {1}."),
            Map.entry(
                    "sms.amend.refused.decimals",
                    "VoicePact: {0} haukubadilishwa: \"{2}\" ina desimali zaidi ya {3} inavyoruhusu."),
            Map.entry(
                    "sms.amend.refused.currency",
                    "VoicePact: {0} haukubadilishwa: bei yake ni kwa {3}, si kama \"{2}\". Tuma bei kwa {3}, hivi: {4}"),
            Map.entry(
                    "sms.amend.refused.unit",
                    "VoicePact: {0} haukubadilishwa: kiasi na bei yake ni kwa {3}, si kama \"{2}\". Tuma idadi ya {3}, hivi: QTY-{0} 80"),
            Map.entry(
                    "sms.amend.refused.past_date",
                    "VoicePact: {0} haukubadilishwa: tarehe {3} imeshapita. Tuma tarehe ya leo au baadaye, hivi: {4}"),
            Map.entry(
                    "sms.amend.refused.no_value",
                    "VoicePact: {0} haukubadilishwa: tuma jina la {1} baada ya nambari ya mkataba, hivi: {4}"),
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
