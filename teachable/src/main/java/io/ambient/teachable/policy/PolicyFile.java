package io.ambient.teachable.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a policy from JSON. Two kinds:
 *
 * <pre>{"name": "energy-first", "kind": "epsilon-greedy", "epsilon": 0.1,
 *  "order": ["ASK_ENERGY", "ASK_GENRE", "SUGGEST"], "afterRejection": ["ASK_ERA", "SUGGEST"]}
 *
 * {"name": "soft", "kind": "softmax", "temperature": 0.5,
 *  "scores": {"ASK_ENERGY": 2, "ASK_GENRE": 1, "ASK_ERA": 0, "SUGGEST": 0.5},
 *  "afterRejection": {"SUGGEST": 1, "ASK_ERA": 1.5}}</pre>
 *
 * <p>{@code afterRejection} is optional (default: the same as before a rejection). Errors name the field.
 */
public final class PolicyFile {
    private PolicyFile() {
    }

    /**
     * @throws IllegalArgumentException the file is not a valid policy
     * @throws UncheckedIOException     the file cannot be read
     */
    public static Policy read(Path file) {
        try {
            return parse(new ObjectMapper().readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read policy " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("policy " + file + ": " + e.getMessage(), e);
        }
    }

    public static Policy parse(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        String name = node.path("name").asText("");
        if (name.isBlank()) {
            throw new IllegalArgumentException("missing 'name'");
        }
        String kind = node.path("kind").asText("");
        if (kind.equals("epsilon-greedy")) {
            List<DialogAction> order = actions(node.get("order"), "order");
            List<DialogAction> after = node.has("afterRejection") ? actions(node.get("afterRejection"), "afterRejection")
                    : order;
            return new RankedPolicy(name, number(node, "epsilon"), order, after);
        }
        if (kind.equals("softmax")) {
            Map<DialogAction, Double> scores = scores(node.get("scores"), "scores");
            Map<DialogAction, Double> after = node.has("afterRejection")
                    ? scores(node.get("afterRejection"), "afterRejection") : scores;
            return new SoftmaxPolicy(name, number(node, "temperature"), scores, after);
        }
        throw new IllegalArgumentException("'kind' must be epsilon-greedy or softmax, was '" + kind + "'");
    }

    private static double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("missing number '" + field + "'");
        }
        return v.asDouble();
    }

    private static List<DialogAction> actions(JsonNode node, String field) {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new IllegalArgumentException("'" + field + "' must be a non-empty list of actions");
        }
        List<DialogAction> out = new ArrayList<>();
        node.forEach(a -> out.add(DialogAction.parse(a.asText())));
        return out;
    }

    private static Map<DialogAction, Double> scores(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("'" + field + "' must map actions to scores");
        }
        Map<DialogAction, Double> out = new EnumMap<>(DialogAction.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNumber()) {
                throw new IllegalArgumentException(field + "." + e.getKey() + " must be a number");
            }
            out.put(DialogAction.parse(e.getKey()), e.getValue().asDouble());
        }
        return out;
    }
}
