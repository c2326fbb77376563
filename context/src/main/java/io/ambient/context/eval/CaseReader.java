package io.ambient.context.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads evaluation cases from a {@code .jsonl} file or every {@code .jsonl} file of a directory (in name
 * order). Blank lines are skipped, unknown fields ignored; a malformed line is an
 * {@link EvalException} naming the file and line.
 */
public final class CaseReader {
    private final ObjectMapper json = new ObjectMapper();

    public List<EvalCase> read(Path fileOrDir) {
        List<EvalCase> out = new ArrayList<>();
        for (Path f : files(fileOrDir)) {
            List<String> lines;
            try {
                lines = Files.readAllLines(f);
            } catch (IOException e) {
                throw new EvalException("cannot read cases " + f + ": " + e.getMessage(), e);
            }
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                    out.add(parse(lines.get(i), f + ":" + (i + 1)));
                }
            }
        }
        return out;
    }

    private static List<Path> files(Path fileOrDir) {
        if (Files.isRegularFile(fileOrDir)) {
            return List.of(fileOrDir);
        }
        if (!Files.isDirectory(fileOrDir)) {
            throw new EvalException("no cases at " + fileOrDir);
        }
        try (Stream<Path> s = Files.list(fileOrDir)) {
            return s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        } catch (IOException e) {
            throw new EvalException("cannot list " + fileOrDir + ": " + e.getMessage(), e);
        }
    }

    EvalCase parse(String line, String source) {
        JsonNode n;
        try {
            n = json.readTree(line);
        } catch (JsonProcessingException e) {
            throw new EvalException(source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (n == null || !n.isObject()) {
            throw new EvalException(source + ": a case is a JSON object");
        }
        try {
            return new EvalCase(required(n, "id"), required(n, "text"), optional(n, "intent"), slots(n.get("slots")),
                    strings(n.get("targets"), source, "targets"), optional(n, "outcome"),
                    context(n.get("context"), source), optional(n, "home"), source);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new EvalException(source + ": " + e.getMessage(), e);
        }
    }

    private EvalCase.Context context(JsonNode c, String source) {
        if (c == null || c.isNull()) {
            return null;
        }
        Map<String, EvalCase.StateOverride> states = new LinkedHashMap<>();
        JsonNode s = c.get("states");
        if (s != null && s.isObject()) {
            s.fields().forEachRemaining(e -> states.put(e.getKey(), override(e.getValue(), source)));
        }
        List<String> history = new ArrayList<>();
        JsonNode h = c.get("history");
        if (h != null && h.isArray()) {
            h.forEach(x -> history.add(x.isTextual() ? x.asText() : required(x, "text")));
        }
        return new EvalCase.Context(optional(c, "area"), optional(c, "site"), optional(c, "user"),
                optional(c, "time"), states, history);
    }

    private EvalCase.StateOverride override(JsonNode v, String source) {
        if (v.isValueNode()) {
            return new EvalCase.StateOverride(v.asText(), Map.of());
        }
        if (!v.isObject() || !v.hasNonNull("state")) {
            throw new EvalException(source + ": a state override is a string or {\"state\", \"attributes\"}");
        }
        Map<String, Object> attrs = v.has("attributes") ? json.convertValue(v.get("attributes"),
                json.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class)) : Map.of();
        return new EvalCase.StateOverride(v.get("state").asText(), attrs);
    }

    private Map<String, Object> slots(JsonNode s) {
        if (s == null || s.isNull()) {
            return Map.of();
        }
        if (!s.isObject()) {
            throw new IllegalArgumentException("'slots' must be an object");
        }
        return json.convertValue(s, json.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class));
    }

    private static List<String> strings(JsonNode n, String source, String field) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isArray()) {
            throw new EvalException(source + ": '" + field + "' must be an array");
        }
        List<String> out = new ArrayList<>();
        n.forEach(x -> out.add(x.asText()));
        return out;
    }

    private static String required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull() || !v.isTextual()) {
            throw new IllegalArgumentException("missing text field '" + field + "'");
        }
        return v.asText();
    }

    private static String optional(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
