package com.voicepact.adapter.in.web.voice;

import com.voicepact.adapter.in.web.body.JsonFields;
import com.voicepact.domain.InvalidValueException;
import com.voicepact.domain.contract.ContractType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import java.util.List;

/** The voice path's JSON requests, read strictly by {@link JsonFields}: every refusal names its field. */
final class VoiceRequests {

    private VoiceRequests() {}

    /** {@code POST /voice/conference/create}: {@code {parties: [...], contract_type?}}. */
    record Conference(List<VoiceParty> parties, ContractType contractType) {

        /** @throws InvalidValueException naming the field that is missing or of the wrong type */
        static Conference from(@Nullable JsonNode body) {
            JsonFields fields = JsonFields.of(body);
            return new Conference(
                    VoiceParty.readAll(fields),
                    ContractType.parse(fields.text("contract_type").orElse(null)));
        }
    }

    /** {@code POST /voice/process}: {@code {audio_url, parties: [...], contract_type?}}. */
    record Process(String audioUrl, List<VoiceParty> parties, ContractType contractType) {

        /** @throws InvalidValueException naming the field that is missing or of the wrong type */
        static Process from(@Nullable JsonNode body) {
            JsonFields fields = JsonFields.of(body);
            String url = fields.requiredText("audio_url");
            return new Process(
                    url,
                    VoiceParty.readAll(fields),
                    ContractType.parse(fields.text("contract_type").orElse(null)));
        }
    }
}
