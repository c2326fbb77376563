package io.ambient.teachable.rephrase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ambient.teachable.jsonl.JsonLines;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The interaction log's file format: JSON Lines, one {@link InteractionRecord} per line,
 *
 * <pre>{"time":"2026-05-01T07:05:00Z","user":"ann","site":"kitchen-satellite",
 *  "text":"lights up in the kitchen","outcome":"not_understood","intent":null}</pre>
 *
 * <p>{@code outcome} is one of {@link InteractionOutcome}'s wire names; {@code site} and {@code intent} may be
 * missing or null; unknown fields are ignored; blank lines are skipped. A malformed line is an error that names
 * its line number: a log is evidence, and silently dropping part of it would skew what is learned from it.
 */
public final class InteractionLogFormat {
    private static final ObjectMapper JSON = new ObjectMapper();

    private InteractionLogFormat() {
    }

    /** One record as one JSON line (no line break). */
    public static String toLine(InteractionRecord record) {
        ObjectNode node = JSON.createObjectNode();
        node.put("time", record.time().toString());
        node.put("user", record.user());
        node.put("site", record.site());
        node.put("text", record.text());
        node.put("outcome", record.outcome().wireName());
        if (record.intent() == null) {
            node.putNull("intent");
        } else {
            node.put("intent", record.intent());
        }
        return node.toString();
    }

    /**
     * Parses one line.
     *
     * @throws IllegalArgumentException the line is not a valid record; the message says which field is wrong
     */
    public static InteractionRecord parseLine(String line) {
        JsonNode node = JsonLines.object(line);
        Instant time;
        try {
            time = Instant.parse(text(node, "time", true));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("time '" + node.get("time").asText() + "' is not an ISO-8601 instant");
        }
        return new InteractionRecord(time, text(node, "user", true), text(node, "site", false),
                text(node, "text", true), InteractionOutcome.fromWire(text(node, "outcome", true)),
                text(node, "intent", false));
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new IllegalArgumentException("missing field '" + field + "'");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("field '" + field + "' must be a string, was " + value);
        }
        return value.asText();
    }

    /**
     * Reads a whole log.
     *
     * @throws InteractionLogException the file cannot be read, or a line is malformed (the message names it)
     */
    public static List<InteractionRecord> read(Path file) {
        return JsonLines.read(file, InteractionLogFormat::parseLine, InteractionLogException::new);
    }

    /**
     * Writes a whole log, replacing the file.
     *
     * @throws InteractionLogException the file cannot be written
     */
    public static void write(Path file, List<InteractionRecord> records) {
        JsonLines.write(file, records, InteractionLogFormat::toLine, InteractionLogException::new);
    }
}
