package io.ambient.models.transform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Retrieval on the paraphrase groups {@link ParaphraseAlignment} holds out: per group with at least two members,
 * the first member's new-space vector (through the transform) must find the second member's old vector among
 * the second members of all held-out groups.
 */
final class HeldOutRetrieval {
    private final List<float[]> queries = new ArrayList<>();
    private final List<float[]> index = new ArrayList<>();

    HeldOutRetrieval(float[][] x, float[][] unitTargets, Map<Integer, int[]> groups) {
        new TreeMap<>(groups).forEach((g, rows) -> {
            if (rows.length >= 2) {
                queries.add(x[rows[0]]);
                index.add(unitTargets[rows[1]]);
            }
        });
    }

    /** Share of queries whose nearest index entry is their own group's; 0 when nothing was held out. */
    double accuracy(EmbeddingTransform transform) {
        if (queries.isEmpty()) {
            return 0;
        }
        int hits = 0;
        for (int q = 0; q < queries.size(); q++) {
            float[] v = transform.apply(queries.get(q));
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < index.size(); j++) {
                float[] t = index.get(j);
                double s = 0;
                for (int o = 0; o < v.length; o++) {
                    s += v[o] * t[o];
                }
                if (s > bestScore) {
                    bestScore = s;
                    best = j;
                }
            }
            if (best == q) {
                hits++;
            }
        }
        return hits / (double) queries.size();
    }
}
