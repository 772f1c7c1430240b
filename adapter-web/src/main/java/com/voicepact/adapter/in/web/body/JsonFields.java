package com.voicepact.adapter.in.web.body;

import com.voicepact.domain.InvalidValueException;
import io.micronaut.json.tree.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the fields of one JSON object strictly, for request records that the lenient binder would
 * read wrongly: it turns a number into a text and a one-element list into its element. Here a field
 * of the wrong JSON type is refused, and every refusal names the field as the client wrote it
 * ({@code parties[1].phone}) and the type it found, never a class name. Absent, {@code null} and the
 * {@code "None"} that Python clients (and AT) write for nothing are all read as absent.
 */
public final class JsonFields {

    /** What a client writes for "no value"; read as absent. */
    public static final String NONE = "None";

    private final JsonNode object;
    private final String prefix;

    private JsonFields(JsonNode object, String prefix) {
        this.object = object;
        this.prefix = prefix;
    }

    /** @throws InvalidValueException when the body is not one JSON object */
    public static JsonFields of(JsonNode body) {
        InvalidValueException.require(
                body != null && body.isObject(), "the body must be one JSON object, such as {\"field\": \"value\"}");
        return new JsonFields(body, "");
    }

    /** The object at {@code name} (such as {@code parties[1]}), its fields named under it. */
    public static JsonFields nested(JsonNode object, String name) {
        InvalidValueException.require(object.isObject(), name + " must be an object");
        return new JsonFields(object, name + ".");
    }

    /** @return the text, as written (blank included); empty when absent, null or "None" */
    public Optional<String> text(String field) {
        return text(object.get(field), prefix + field);
    }

    /** @throws InvalidValueException "field is required" when absent, null, "None" or blank */
    public String requiredText(String field) {
        return text(field)
                .filter(t -> !t.isBlank())
                .orElseThrow(() -> new InvalidValueException(prefix + field + " is required"));
    }

    /** @return the list's entries; empty when the field is absent or null */
    public List<JsonNode> list(String field) {
        JsonNode value = object.get(field);
        if (isAbsent(value)) {
            return List.of();
        }
        InvalidValueException.require(value.isArray(), prefix + field + " must be a list, got " + kind(value));
        List<JsonNode> entries = new ArrayList<>();
        value.values().forEach(entries::add);
        return entries;
    }

    /** @return the list's texts, each required; empty when the field is absent or null */
    public List<String> texts(String field) {
        List<JsonNode> entries = list(field);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String name = prefix + field + "[" + i + "]";
            texts.add(text(entries.get(i), name)
                    .filter(t -> !t.isBlank())
                    .orElseThrow(() -> new InvalidValueException(name + " is required")));
        }
        return texts;
    }

    /**
     * @param name the field's name as the client wrote it, for the reason
     * @return the text; empty when absent, null or "None"
     * @throws InvalidValueException "name must be a text, got a number" (a list, an object, true or false)
     */
    public static Optional<String> text(JsonNode value, String name) {
        if (isAbsent(value)) {
            return Optional.empty();
        }
        InvalidValueException.require(value.isString(), name + " must be a text, got " + kind(value));
        return Optional.of(value.getStringValue()).filter(t -> !t.equals(NONE));
    }

    private static boolean isAbsent(JsonNode value) {
        return value == null || value.isNull();
    }

    /** The JSON type in the client's words. */
    public static String kind(JsonNode value) {
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "true or false";
        }
        return value.isArray() ? "a list" : value.isObject() ? "an object" : "a text";
    }
}
