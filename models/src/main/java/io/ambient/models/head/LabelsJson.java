package io.ambient.models.head;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * The label list as a compact JSON array, the form stored in the ONNX metadata. A mapper per call: this runs
 * once per export or load, and a shared ObjectMapper would be static mutable state.
 */
final class LabelsJson {

    private LabelsJson() {
    }

    static String write(List<String> labels) {
        try {
            return new ObjectMapper().writeValueAsString(labels);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    static List<String> read(String json) {
        try {
            List<String> labels = new ObjectMapper().readValue(json, new TypeReference<List<String>>() { });
            Checks.require(labels != null && !labels.contains(null), "labels must be a JSON array of strings");
            return List.copyOf(labels);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("labels are not a JSON array of strings: " + e.getOriginalMessage(), e);
        }
    }
}
