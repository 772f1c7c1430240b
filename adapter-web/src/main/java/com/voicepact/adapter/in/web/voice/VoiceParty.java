package com.voicepact.adapter.in.web.voice;

import com.voicepact.adapter.in.web.PhoneNumbers;
import com.voicepact.adapter.in.web.body.JsonFields;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.contract.Party;
import com.voicepact.domain.contract.PartyRole;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A party on the voice path, as the first version's clients send it: a phone number alone, its role
 * by position (first the buyer, then the seller, then witnesses), or {@code {phone (or phone_number),
 * role, name}}. An absent role is the positional one.
 */
record VoiceParty(
        String phone, @Nullable String role, @Nullable String name) {

    private static final String SHAPE = "a phone number or an object {phone, role, name}";

    /** @throws InvalidValueException naming the entry ({@code parties[1].phone}) when one is missing or of the wrong type */
    static List<VoiceParty> readAll(JsonFields body) {
        List<JsonNode> entries = body.list("parties");
        InvalidValueException.require(entries.size() >= 2, "parties: at least two are required");
        List<VoiceParty> parties = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            parties.add(read(entries.get(i), "parties[" + i + "]"));
        }
        return parties;
    }

    private static VoiceParty read(JsonNode entry, String name) {
        if (entry != null && entry.isObject()) {
            JsonFields fields = JsonFields.nested(entry, name);
            String phone = fields.text("phone")
                    .or(() -> fields.text("phone_number"))
                    .filter(p -> !p.isBlank())
                    .orElseThrow(() -> new InvalidValueException(name + ".phone is required"));
            return new VoiceParty(
                    phone, fields.text("role").orElse(null), fields.text("name").orElse(null));
        }
        InvalidValueException.require(
                entry == null || entry.isNull() || entry.isString(),
                name + " must be " + SHAPE + ", got " + (entry == null ? "nothing" : JsonFields.kind(entry)));
        return new VoiceParty(
                JsonFields.text(entry, name)
                        .filter(p -> !p.isBlank())
                        .orElseThrow(() -> new InvalidValueException(name + " is required: " + SHAPE)),
                null,
                "");
    }

    /** The party at {@code position} (0 first), local numbers read in the default country. */
    Party toParty(int position, PhoneNumbers phones) {
        PartyRole byPosition = position == 0 ? PartyRole.BUYER : position == 1 ? PartyRole.SELLER : PartyRole.WITNESS;
        return Party.of(phones.parse(phone), role == null ? byPosition : PartyRole.parse(role), name);
    }
}
