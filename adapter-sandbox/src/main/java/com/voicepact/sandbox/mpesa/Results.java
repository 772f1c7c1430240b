package com.voicepact.sandbox.mpesa;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Daraja's asynchronous answers: the acknowledgement ({@code ConversationID}, {@code OriginatorConversationID},
 * {@code ResponseCode "0"}, {@code ResponseDescription}) and the {@code {"Result":{...}}} posted to the
 * {@code ResultURL}: {@code ResultType} 0, {@code ResultCode} a number (or a string such as {@code "R000002"}),
 * {@code ResultDesc}, both conversation ids, {@code TransactionID}, {@code ResultParameters.ResultParameter}
 * (a list of Key/Value, only on success) and {@code ReferenceData.ReferenceItem}.
 */
final class Results {

    static final String ACCEPTED = "Accept the service request successfully.";
    /** Where Daraja's own results say the queue timeout goes (its internal URL, echoed in ReferenceData). */
    static final String INTERNAL_TIMEOUT_URL = "https://internalsandbox.safaricom.co.ke/mpesa/b2cresults/v1/submit";

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private final ObjectMapper json;

    Results(ObjectMapper json) {
        this.json = json;
    }

    ObjectNode acknowledgement(String conversationId, String originatorConversationId) {
        return json.createObjectNode()
                .put("ConversationID", conversationId)
                .put("OriginatorConversationID", originatorConversationId)
                .put("ResponseCode", "0")
                .put("ResponseDescription", ACCEPTED);
    }

    /** A result without parameters yet; {@code resultCode} numeric codes are written as numbers. */
    ObjectNode result(
            String resultCode,
            String resultDesc,
            String originatorConversationId,
            String conversationId,
            String transactionId) {
        ObjectNode root = json.createObjectNode();
        ObjectNode result = root.putObject("Result").put("ResultType", 0);
        if (resultCode.chars().allMatch(Character::isDigit)) {
            result.put("ResultCode", Integer.parseInt(resultCode));
        } else {
            result.put("ResultCode", resultCode);
        }
        result.put("ResultDesc", resultDesc)
                .put("OriginatorConversationID", originatorConversationId)
                .put("ConversationID", conversationId)
                .put("TransactionID", transactionId);
        return root;
    }

    /** Adds {@code ResultParameters.ResultParameter}, to fill with {@link #parameter}. */
    static ArrayNode parameters(ObjectNode root) {
        ObjectNode result = (ObjectNode) root.get("Result");
        return result.putObject("ResultParameters").putArray("ResultParameter");
    }

    static ObjectNode parameter(ArrayNode parameters, String key) {
        return parameters.addObject().put("Key", key);
    }

    /** Ends the result with {@code ReferenceData}: one item, with a value when {@code value} is not null. */
    static ObjectNode reference(ObjectNode root, String key, String value) {
        ObjectNode item = ((ObjectNode) root.get("Result"))
                .putObject("ReferenceData")
                .putObject("ReferenceItem")
                .put("Key", key);
        if (value != null) {
            item.put("Value", value);
        }
        return root;
    }

    /**
     * The queue-timeout notice. Daraja does not publish its body; the sandbox posts the Result envelope with
     * {@code ResultType 1}, {@code ResultCode 1037} and no parameters. A client must read any post to its
     * {@code QueueTimeOutURL} as "outcome not known yet" and settle it by Transaction Status, never as a failure.
     */
    ObjectNode timeoutNotice(String originatorConversationId, String conversationId) {
        ObjectNode root = result(
                "1037",
                "The request timed out in the queue; its result will follow.",
                originatorConversationId,
                conversationId,
                "");
        ((ObjectNode) root.get("Result")).put("ResultType", 1);
        return reference(root, "QueueTimeoutURL", INTERNAL_TIMEOUT_URL);
    }

    static long compact(Instant at) {
        return Long.parseLong(COMPACT.format(LocalDateTime.ofInstant(at, SandboxIds.EAT)));
    }

    static String dotted(Instant at) {
        return DOTTED.format(LocalDateTime.ofInstant(at, SandboxIds.EAT));
    }
}
