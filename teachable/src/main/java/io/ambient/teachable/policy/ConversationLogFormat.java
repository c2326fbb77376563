package io.ambient.teachable.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ambient.teachable.jsonl.JsonLines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The policy log's format: JSON Lines, one conversation per line,
 *
 * <pre>{"conversation":"c-000001","time":"2026-05-01T18:00:00Z","user":"ann","policy":"explore-energy-first",
 *  "outcome":"success","reward":1,
 *  "steps":[{"known":[],"rejections":0,"turn":0,"action":"ASK_ENERGY","propensity":0.85,
 *            "probabilities":{"ASK_ENERGY":0.85,"ASK_GENRE":0.05,"ASK_ERA":0.05,"SUGGEST":0.05}}]}</pre>
 *
 * <p>{@code outcome} is {@code success} or {@code failure}. A malformed line is an error naming its line: an
 * estimate from a silently shortened log would be biased.
 */
public final class ConversationLogFormat {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConversationLogFormat() {
    }

    public static String toLine(ConversationRecord c) {
        ObjectNode node = JSON.createObjectNode();
        node.put("conversation", c.id());
        node.put("time", c.time().toString());
        node.put("user", c.user());
        node.put("policy", c.policy());
        node.put("outcome", c.success() ? "success" : "failure");
        node.put("reward", c.reward());
        ArrayNode steps = node.putArray("steps");
        for (ConversationStep s : c.steps()) {
            ObjectNode step = steps.addObject();
            ArrayNode known = step.putArray("known");
            s.features().known().forEach(a -> known.add(a.key()));
            step.put("rejections", s.features().rejections());
            step.put("turn", s.features().turn());
            step.put("action", s.action().name());
            step.put("propensity", s.propensity());
            ObjectNode p = step.putObject("probabilities");
            for (DialogAction a : DialogAction.values()) {
                if (s.probabilities().containsKey(a)) {
                    p.put(a.name(), s.probabilities().get(a));
                }
            }
        }
        return node.toString();
    }

    /**
     * @throws IllegalArgumentException the line is not a valid conversation; the message says what is wrong
     */
    public static ConversationRecord parseLine(String line) {
        JsonNode node = JsonLines.object(line);
        String outcome = text(node, "outcome");
        if (!outcome.equals("success") && !outcome.equals("failure")) {
            throw new IllegalArgumentException("outcome must be success or failure, was '" + outcome + "'");
        }
        Instant time;
        try {
            time = Instant.parse(text(node, "time"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time '" + node.get("time").asText() + "' is not an ISO-8601 instant");
        }
        JsonNode steps = node.get("steps");
        if (steps == null || !steps.isArray()) {
            throw new IllegalArgumentException("missing array 'steps'");
        }
        List<ConversationStep> parsed = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            try {
                parsed.add(step(steps.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("step " + i + ": " + e.getMessage(), e);
            }
        }
        return new ConversationRecord(text(node, "conversation"), time, text(node, "user"), text(node, "policy"),
                parsed, outcome.equals("success"));
    }

    private static ConversationStep step(JsonNode step) {
        Set<Attribute> known = EnumSet.noneOf(Attribute.class);
        for (JsonNode k : step.path("known")) {
            known.add(attribute(k.asText()));
        }
        JsonNode probabilities = step.get("probabilities");
        if (probabilities == null || !probabilities.isObject()) {
            throw new IllegalArgumentException("missing object 'probabilities' (the whole logging distribution)");
        }
        Map<DialogAction, Double> p = new EnumMap<>(DialogAction.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = probabilities.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            p.put(DialogAction.parse(e.getKey()), number(e.getValue(), "probabilities." + e.getKey()));
        }
        return new ConversationStep(new DialogFeatures(known, (int) number(step.get("rejections"), "rejections"),
                (int) number(step.get("turn"), "turn")), DialogAction.parse(text(step, "action")),
                number(step.get("propensity"), "propensity"), p);
    }

    private static Attribute attribute(String key) {
        for (Attribute a : Attribute.values()) {
            if (a.key().equals(key)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown attribute '" + key + "'");
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing text field '" + field + "'");
        }
        return v.asText();
    }

    private static double number(JsonNode v, String field) {
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("missing number '" + field + "'");
        }
        return v.asDouble();
    }

    /**
     * @throws IllegalArgumentException a line is malformed; the message names the file and line
     * @throws UncheckedIOException     the file cannot be read
     */
    public static List<ConversationRecord> read(Path file) {
        return JsonLines.read(file, ConversationLogFormat::parseLine, ConversationLogFormat::error);
    }

    /** @throws UncheckedIOException the file cannot be written */
    public static void write(Path file, List<ConversationRecord> conversations) {
        JsonLines.write(file, conversations, ConversationLogFormat::toLine, ConversationLogFormat::error);
    }

    private static RuntimeException error(String message, Throwable cause) {
        return cause instanceof IOException io ? new UncheckedIOException(message, io)
                : new IllegalArgumentException(message, cause);
    }
}
