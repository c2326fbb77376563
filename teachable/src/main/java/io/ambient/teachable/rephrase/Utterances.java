package io.ambient.teachable.rephrase;

import io.ambient.context.nlu.Normalizer;

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

    /**
     * The form utterances are compared, encoded and keyed in: the interpreter's own normalisation (lower case,
     * contractions expanded, punctuation and politeness dropped), so "What's the weather, please?" and "what is
     * the weather" are one utterance here as they are to the interpreter. Text that is nothing but filler keeps
     * its lower-cased words rather than becoming empty.
     */
    public static String normalise(String text) {
        String normalised = Normalizer.normalize(text).text();
        return normalised.isBlank() ? text.toLowerCase(Locale.ROOT).trim() : normalised;
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
        return jaccard(contentWords(a), contentWords(b));
    }

    /** Jaccard overlap of two word sets, in [0, 1]; 0 when both are empty. */
    static double jaccard(Set<String> left, Set<String> right) {
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
