package io.ambient.teachable.jsonl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reading and writing JSON Lines files of records: blank lines skipped, the first malformed line an error that
 * names the file and line (a log is evidence; silently dropping part of it would skew what is learned from it).
 */
public final class JsonLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLines() {
    }

    /**
     * One line as a JSON object.
     *
     * @throws IllegalArgumentException the line is not JSON, or not an object
     */
    public static JsonNode object(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        return node;
    }

    /**
     * @param parse parses one line, throwing {@link IllegalArgumentException} with what is wrong
     * @param error makes the exception to throw from a message and its cause
     */
    public static <T> List<T> read(Path file, Function<String, T> parse,
                                   BiFunction<String, Throwable, RuntimeException> error) {
        List<T> records = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    records.add(parse.apply(line));
                } catch (IllegalArgumentException e) {
                    throw error.apply(file + " line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw error.apply("cannot read " + file + ": " + e.getMessage(), e);
        }
        return List.copyOf(records);
    }

    /** Writes one line per record, replacing the file. */
    public static <T> void write(Path file, List<T> records, Function<T, String> format,
                                 BiFunction<String, Throwable, RuntimeException> error) {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (T record : records) {
                writer.write(format.apply(record));
                writer.newLine();
            }
        } catch (IOException e) {
            throw error.apply("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
