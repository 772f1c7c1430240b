package com.voicepact.adapter.in.web.phone;

import com.voicepact.adapter.in.web.body.JsonFields;
import com.voicepact.domain.InvalidValueException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.tree.JsonNode;
import java.util.List;

/**
 * The operator SMS endpoints' JSON requests (field names as the product docs spell them), read strictly
 * by {@link JsonFields}: every refusal names its field.
 */
final class SmsRequests {

    private SmsRequests() {}

    /** {@code POST /sms/send}: {@code {phoneNumber, message}}. */
    record Send(String phoneNumber, String message) {

        /** @throws InvalidValueException naming the field that is missing or of the wrong type */
        static Send from(@Nullable JsonNode body) {
            JsonFields fields = JsonFields.of(body);
            return new Send(fields.requiredText("phoneNumber"), fields.requiredText("message"));
        }
    }

    /** {@code POST /sms/send/bulk}: {@code {recipients: [phone, ...], message}}. */
    record Bulk(List<String> recipients, String message) {

        /** @throws InvalidValueException naming the field that is missing or of the wrong type */
        static Bulk from(@Nullable JsonNode body) {
            JsonFields fields = JsonFields.of(body);
            List<String> recipients = fields.texts("recipients");
            InvalidValueException.require(!recipients.isEmpty(), "recipients are required");
            return new Bulk(recipients, fields.requiredText("message"));
        }
    }

    /**
     * {@code POST /sms/send/contract}: {@code {contract_id, recipients?}}; no recipients means every party.
     * The product docs' {@code terms} is not read: the summary is always the stored contract's.
     */
    record ContractSummary(String contractId, List<String> recipients) {

        /** @throws InvalidValueException naming the field that is missing or of the wrong type */
        static ContractSummary from(@Nullable JsonNode body) {
            JsonFields fields = JsonFields.of(body);
            return new ContractSummary(fields.requiredText("contract_id"), fields.texts("recipients"));
        }
    }
}
