package io.ambient.context.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which generated sentences say the same thing, for training an embedding transform on retrieval (issue 6):
 * sentences are paraphrases when they have the same intent and the same things filled in. For a masked
 * example that is its mask placeholders and numbers ({@code "switch on the <kind:light> in <area>"} and
 * {@code "<area> <kind:light> on please"} are one group); for a raw sentence also its home and the words the
 * masker replaced (the names themselves), so "kitchen light on" and "turn on the kitchen light" group together
 * but not with "turn on the porch light".
 */
public final class ParaphraseGroups {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Integer> rows = new ArrayList<>();

    /** Adds a masked training example; returns its group. */
    public int addMasked(TrainingExample example) {
        return add("masked|" + example.intent() + "|" + fills(example.masked()));
    }

    /** Adds a raw generated sentence with its masked form; returns its group. */
    public int addRaw(LabeledSentence sentence, String masked) {
        Set<String> names = words(sentence.text());
        names.removeAll(words(masked));
        return add("raw|" + sentence.intent() + "|" + sentence.homeId() + "|" + names + "|" + fills(masked));
    }

    /** The group of every row added, in order. */
    public int[] groups() {
        return rows.stream().mapToInt(Integer::intValue).toArray();
    }

    public int groupCount() {
        return ids.size();
    }

    private int add(String signature) {
        int id = ids.computeIfAbsent(signature, k -> ids.size());
        rows.add(id);
        return id;
    }

    /** Placeholders and numbers, sorted: what was filled into the template, whatever the wording. */
    private static List<String> fills(String masked) {
        List<String> out = new ArrayList<>();
        for (String token : masked.split(" ")) {
            if (token.startsWith("<") || token.chars().allMatch(Character::isDigit) && !token.isEmpty()) {
                out.add(token);
            }
        }
        out.sort(null);
        return out;
    }

    private static Set<String> words(String text) {
        Set<String> out = new TreeSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
