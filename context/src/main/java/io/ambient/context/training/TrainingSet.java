package io.ambient.context.training;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The examples the intent model is trained on: each sentence masked as the runtime masks it,
 * deduplicated per label. A masked text that occurs under two labels is dropped from both: the model
 * cannot tell them apart, and keeping either would teach it a guess. Immutable.
 */
public final class TrainingSet {
    private final List<TrainingExample> examples;
    private final SortedMap<String, Integer> counts;
    private final List<Conflict> conflicts;

    /** A masked text claimed by several labels, dropped from all of them. */
    public record Conflict(String masked, List<String> labels) {
        public Conflict {
            labels = List.copyOf(labels);
        }
    }

    private TrainingSet(List<TrainingExample> examples, List<Conflict> conflicts) {
        this.examples = List.copyOf(examples);
        this.conflicts = List.copyOf(conflicts);
        SortedMap<String, Integer> c = new TreeMap<>();
        examples.forEach(e -> c.merge(e.intent(), 1, Integer::sum));
        this.counts = java.util.Collections.unmodifiableSortedMap(c);
    }

    /** Masks every sentence with the vocabulary of its own home. */
    public static TrainingSet of(List<LabeledSentence> sentences, SentenceMasker masker) {
        Map<String, Set<String>> labelsByText = new HashMap<>();
        for (LabeledSentence s : sentences) {
            String masked = masker.mask(s);
            if (!masked.isBlank()) {
                labelsByText.computeIfAbsent(masked, k -> new TreeSet<>()).add(s.intent());
            }
        }
        List<TrainingExample> kept = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        labelsByText.forEach((text, labels) -> {
            if (labels.size() == 1) {
                kept.add(new TrainingExample(text, labels.iterator().next()));
            } else {
                conflicts.add(new Conflict(text, List.copyOf(labels)));
            }
        });
        kept.sort(null);
        conflicts.sort(java.util.Comparator.comparing(Conflict::masked));
        return new TrainingSet(kept, conflicts);
    }

    /** Sorted by masked text, then label. */
    public List<TrainingExample> examples() {
        return examples;
    }

    /** Examples per label, by label name. */
    public SortedMap<String, Integer> countsByLabel() {
        return counts;
    }

    public List<String> labels() {
        return List.copyOf(counts.keySet());
    }

    /** Masked texts dropped because two or more labels claimed them, sorted by text. */
    public List<Conflict> conflicts() {
        return conflicts;
    }

    public int size() {
        return examples.size();
    }

    /**
     * sha256 (lowercase hex) over the sorted examples, each written as {@code masked TAB label LF} in
     * UTF-8: the model manifest's training data digest. Equal digests mean equal training data.
     */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (TrainingExample e : examples) {
                sha.update((e.masked() + '\t' + e.intent() + '\n').getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** One line per label ({@code label count}), then the conflict count: for progress output and logs. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        counts.forEach((label, n) -> sb.append(String.format("%-30s %5d%n", label, n)));
        sb.append(String.format("%-30s %5d%n", "total", size()));
        sb.append(String.format("%-30s %5d%n", "dropped (label conflicts)", conflicts.size()));
        return sb.toString();
    }
}
