package io.ambient.teachable.rephrase;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Text normalisation and word overlap for utterances, shared by rephrase detection, clustering and replay. */
public final class Utterances {

    /**
     * Words that carry no request of their own: removed before the overlap is measured, so "please turn the
     * lights on" and "lights on" overlap fully instead of being diluted by "please" and "the".
     */
    private static final Set<String> FILLER = Set.of("a", "an", "the", "please", "can", "could", "would", "you",
            "i", "me", "my", "to", "it", "is", "in", "of", "for", "on", "and", "just", "hey", "uh", "um", "now");

    private Utterances() {
    }

    /** Lower case, punctuation to spaces, single spaces: the form utterances are compared and keyed in. */
    public static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}' ]+", " ");
        return lower.replaceAll("\\s+", " ").trim();
    }

    /** The content words of an utterance (normalised, fillers removed), in order of first appearance. */
    public static Set<String> contentWords(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : normalise(text).split(" ")) {
            if (!word.isEmpty() && !FILLER.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** Jaccard overlap of the content words, in [0, 1]; 0 when both have none. */
    public static double wordOverlap(String a, String b) {
        Set<String> left = contentWords(a);
        Set<String> right = contentWords(b);
        if (left.isEmpty() && right.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String word : left) {
            if (right.contains(word)) {
                shared++;
            }
        }
        return (double) shared / (left.size() + right.size() - shared);
    }
}
