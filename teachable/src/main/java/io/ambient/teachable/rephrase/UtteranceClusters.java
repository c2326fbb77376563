package io.ambient.teachable.rephrase;

import io.ambient.models.text.Embedding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Groups utterances that say the same thing into one state of the Markov chain, by leader clustering on
 * sentence embeddings: utterances are visited most frequent first (ties by text, so the result does not depend
 * on log order), and each joins the first cluster whose leader it matches with a cosine of at least the
 * threshold, or leads a new one. The threshold is high (0.88 by default): "kitchen lights go" and
 * "turn on the kitchen lights" score 0.84 on MiniLM and must stay apart, since one fails and the other works.
 */
final class UtteranceClusters {
    /** Default cosine from which two utterances are one state. */
    static final double DEFAULT_THRESHOLD = 0.88;

    /** One cluster: its leader (the most frequent member) and every member, normalised. */
    record Cluster(int index, String leader, List<String> members, List<Embedding> embeddings) {
    }

    private final List<Cluster> clusters;
    private final Map<String, Integer> indexOfText;

    private final EmbeddingCache embeddings;

    private UtteranceClusters(List<Cluster> clusters, Map<String, Integer> indexOfText, EmbeddingCache embeddings) {
        this.clusters = clusters;
        this.indexOfText = indexOfText;
        this.embeddings = embeddings;
    }

    /** Clusters texts given with how often each was said (texts are normalised first; counts add up). */
    static UtteranceClusters of(Map<String, Integer> countsByText, double threshold, EmbeddingCache embeddings) {
        return of(countsByText, threshold, embeddings, text -> "");
    }

    /**
     * Clusters as above, but only texts of the same group (for successes: the intent they were carried out as)
     * may share a cluster: "turn on the lamp" and "turn off the lamp" embed close together and must not.
     */
    static UtteranceClusters of(Map<String, Integer> countsByText, double threshold, EmbeddingCache embeddings,
                                Function<String, String> groupOf) {
        Map<String, Integer> counts = new HashMap<>();
        countsByText.forEach((text, count) -> counts.merge(embeddings.normalise(text), count, Integer::sum));
        List<String> ordered = new ArrayList<>(counts.keySet());
        ordered.sort(Comparator.comparing((String t) -> -counts.get(t)).thenComparing(Comparator.naturalOrder()));
        List<String> leaders = new ArrayList<>();
        List<List<String>> members = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (String text : ordered) {
            Embedding embedding = embeddings.embed(text);
            int joined = -1;
            for (int c = 0; c < leaders.size() && joined < 0; c++) {
                if (groupOf.apply(text).equals(groupOf.apply(leaders.get(c))) && embedding.dot(embeddings.embed(leaders.get(c))) >= threshold) {
                    joined = c;
                }
            }
            if (joined < 0) {
                joined = leaders.size();
                leaders.add(text);
                members.add(new ArrayList<>());
            }
            members.get(joined).add(text);
            index.put(text, joined);
        }
        List<Cluster> clusters = new ArrayList<>();
        for (int c = 0; c < leaders.size(); c++) {
            List<Embedding> vectors = members.get(c).stream().map(embeddings::embed).toList();
            clusters.add(new Cluster(c, leaders.get(c), List.copyOf(members.get(c)), vectors));
        }
        return new UtteranceClusters(List.copyOf(clusters), Map.copyOf(index), embeddings);
    }

    int size() {
        return clusters.size();
    }

    Cluster get(int index) {
        return clusters.get(index);
    }

    /** The cluster of a text that was among those clustered. */
    int indexOf(String text) {
        Integer index = indexOfText.get(embeddings.normalise(text));
        if (index == null) {
            throw new IllegalArgumentException("'" + text + "' was not clustered");
        }
        return index;
    }
}
