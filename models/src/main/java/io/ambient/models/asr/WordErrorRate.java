package io.ambient.models.asr;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Word error rate: the word-level edit distance between a reference and a transcript, over the reference's words. */
public final class WordErrorRate {
    private WordErrorRate() {
    }

    /** Errors of one transcript against its reference. */
    public record Errors(int substitutions, int deletions, int insertions, int referenceWords) {
        public int edits() {
            return substitutions + deletions + insertions;
        }

        /** Edits per reference word (0 for an empty reference heard as nothing). */
        public double rate() {
            return referenceWords == 0 ? (edits() == 0 ? 0 : 1) : edits() / (double) referenceWords;
        }

        public Errors plus(Errors o) {
            return new Errors(substitutions + o.substitutions, deletions + o.deletions, insertions + o.insertions,
                    referenceWords + o.referenceWords);
        }

        public static final Errors NONE = new Errors(0, 0, 0, 0);
    }

    public static Errors of(String reference, String transcript) {
        List<String> ref = words(reference);
        List<String> hyp = words(transcript);
        // cost[j] and ops per cell: a Levenshtein table kept one row at a time, counting each kind of edit.
        int[][] prev = new int[hyp.size() + 1][];
        for (int j = 0; j <= hyp.size(); j++) {
            prev[j] = new int[] {j, 0, 0, j};   // cost, substitutions, deletions, insertions
        }
        for (int i = 1; i <= ref.size(); i++) {
            int[][] cur = new int[hyp.size() + 1][];
            cur[0] = new int[] {i, 0, i, 0};
            for (int j = 1; j <= hyp.size(); j++) {
                boolean same = ref.get(i - 1).equals(hyp.get(j - 1));
                int[] diag = prev[j - 1];
                int[] up = prev[j];
                int[] left = cur[j - 1];
                int sub = diag[0] + (same ? 0 : 1);
                int del = up[0] + 1;
                int ins = left[0] + 1;
                if (sub <= del && sub <= ins) {
                    cur[j] = new int[] {sub, diag[1] + (same ? 0 : 1), diag[2], diag[3]};
                } else if (del <= ins) {
                    cur[j] = new int[] {del, up[1], up[2] + 1, up[3]};
                } else {
                    cur[j] = new int[] {ins, left[1], left[2], left[3] + 1};
                }
            }
            prev = cur;
        }
        int[] end = prev[hyp.size()];
        return new Errors(end[1], end[2], end[3], ref.size());
    }

    /** Lower case words without punctuation; an apostrophe stays inside a word ("what's"). */
    public static List<String> words(String text) {
        String clean = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]+", " ").strip();
        return clean.isEmpty() ? List.of() : Arrays.asList(clean.split("\\s+"));
    }
}
