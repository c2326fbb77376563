package io.ambient.models.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Pairs of sentences that say the same thing, for the gate's retrieval check: the second of each pair is the
 * stored phrase, the first the query that must find it.
 */
public record ParaphraseSet(List<Pair> pairs) {
    /** The set shipped with the runtime. */
    public static final String RESOURCE = "models/gate/paraphrases.tsv";

    public record Pair(String query, String stored) {
        public Pair {
            Objects.requireNonNull(query, "query");
            Objects.requireNonNull(stored, "stored");
        }
    }

    public ParaphraseSet {
        pairs = List.copyOf(pairs);
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("a paraphrase set needs at least one pair");
        }
    }

    public static ParaphraseSet builtIn() {
        try (InputStream in = ParaphraseSet.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the runtime lacks " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of {@code query<TAB>stored}; blank lines and '#' comments are skipped. */
    public static ParaphraseSet parse(String text) {
        List<Pair> pairs = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = lines[i].split("\t");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new IllegalArgumentException("paraphrase line " + (i + 1) + " is not 'query<TAB>stored': " + line);
            }
            pairs.add(new Pair(parts[0].strip(), parts[1].strip()));
        }
        return new ParaphraseSet(pairs);
    }
}
