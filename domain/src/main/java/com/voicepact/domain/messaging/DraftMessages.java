package com.voicepact.domain.messaging;

import com.voicepact.domain.contract.ContractId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The SMS about a voice draft that lacks product, quantity or price ({@code "product"}, {@code "quantity"},
 * {@code "price"}): what is missing and the command that sends each, e.g. {@code PRICE-AG-2026-000123 <price>}
 * ({@code BEI-...} in Swahili); its refusals when it is too old or already a contract. At most two SMS each.
 */
public final class DraftMessages {

    private DraftMessages() {}

    /** After the call: what was not heard, and how to send it instead of calling again. */
    public static String askForMissing(SmsTemplates t, ContractId draft, List<String> missing) {
        return t.text("sms.draft.missing", draft, names(t, missing), commands(t, draft, missing));
    }

    /** A party sent a term and others are still missing. */
    public static String stillMissing(SmsTemplates t, ContractId draft, List<String> missing) {
        return t.text("sms.draft.still", draft, names(t, missing), commands(t, draft, missing));
    }

    /** The draft is older than the confirmation window ({@code hours} long): call again. */
    public static String expired(SmsTemplates t, ContractId draft, long hours) {
        return t.text("sms.draft.expired", draft, hours);
    }

    /** The draft became its contract before this message: nothing changed. */
    public static String alreadyContract(SmsTemplates t, ContractId draft) {
        return t.text("sms.draft.done", draft);
    }

    private static String names(SmsTemplates t, List<String> missing) {
        return missing.stream().map(m -> t.text("term." + m)).collect(Collectors.joining(", "));
    }

    private static String commands(SmsTemplates t, ContractId draft, List<String> missing) {
        return missing.stream()
                .map(m -> t.text("verb." + m.toLowerCase(Locale.ROOT)) + "-" + draft + " <" + t.text("term." + m) + ">")
                .collect(Collectors.joining(t.text("sms.draft.and")));
    }
}
