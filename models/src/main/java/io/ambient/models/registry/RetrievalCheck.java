package io.ambient.models.registry;

import io.ambient.models.text.Embedding;
import io.ambient.models.text.SentenceEncoder;

import java.util.List;

/** Paraphrase retrieval: does each query's nearest stored phrase (by cosine) turn out to be its partner? */
public final class RetrievalCheck {
    private RetrievalCheck() {
    }

    /** The stored phrases embedded by the serving encoder: the "old index". */
    public static List<Embedding> index(ParaphraseSet set, SentenceEncoder encoder) {
        return set.pairs().stream().map(p -> encoder.encode(p.stored())).toList();
    }

    /** Share of queries whose nearest index entry is their own pair. */
    public static double accuracy(ParaphraseSet set, List<Embedding> index, SentenceEncoder queries) {
        int hits = 0;
        for (int i = 0; i < set.pairs().size(); i++) {
            if (nearest(queries.encode(set.pairs().get(i).query()), index) == i) {
                hits++;
            }
        }
        return hits / (double) set.pairs().size();
    }

    public static int nearest(Embedding query, List<Embedding> index) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < index.size(); j++) {
            double s = query.cosine(index.get(j));
            if (s > bestScore) {
                bestScore = s;
                best = j;
            }
        }
        return best;
    }
}
