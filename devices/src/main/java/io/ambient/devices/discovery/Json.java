package io.ambient.devices.discovery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON helpers shared by the dialects; a bad payload becomes a {@link BadPayloadException} with a reason. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static JsonNode parse(byte[] payload) {
        try {
            JsonNode node = MAPPER.readTree(payload);
            if (node == null || node.isMissingNode()) {
                throw new BadPayloadException("empty payload");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new BadPayloadException("not JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw new BadPayloadException("unreadable: " + e.getMessage());
        }
    }

    static JsonNode object(byte[] payload) {
        JsonNode node = parse(payload);
        if (!node.isObject()) {
            throw new BadPayloadException("expected a JSON object, got " + node.getNodeType());
        }
        return node;
    }

    static Map<String, Object> toMap(JsonNode object) {
        return MAPPER.convertValue(object, MAPPER.getTypeFactory()
                .constructMapType(LinkedHashMap.class, String.class, Object.class));
    }

    static Object toValue(JsonNode node) {
        return MAPPER.convertValue(node, Object.class);
    }

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + value, e);
        }
    }

    static String text(byte[] payload) {
        return new String(payload, StandardCharsets.UTF_8).trim();
    }

    /** A number field, or a {@link BadPayloadException} naming the field. */
    static double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber()) {
            throw new BadPayloadException("'" + field + "' must be a number, was " + v);
        }
        return v.asDouble();
    }

    /** A plain-text number, or a {@link BadPayloadException}. */
    static double number(String text, String what) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new BadPayloadException(what + " must be a number, was '" + text + "'");
        }
    }
}
