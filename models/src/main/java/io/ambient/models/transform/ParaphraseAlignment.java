package io.ambient.models.transform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Refines a transform (usually the {@link LeastSquaresFit}) for what stored embeddings are used for: retrieval.
 * Least squares reproduces each old-space vector as a whole, but a query then finds its paraphrase's stored
 * vector no better than the old encoder does, and usually worse (the map loses what the old space kept). This
 * training makes the new encoder's mapped query land nearest the <em>old</em> embedding of a paraphrase
 * (backward-compatible training: the new model is trained against the frozen old space), with two terms:
 * <ul>
 *   <li>contrastive: for an anchor sentence, its mapped vector must score a paraphrase's old vector above the old
 *       vectors of the other sentences in the batch (softmax cross-entropy at a temperature); other members of
 *       the anchor's own group are left out of the negatives;</li>
 *   <li>fidelity: squared distance between the mapped vector and the anchor's own old vector, so the map stays a
 *       map into the old space (a stored taught phrase is still found by its own text).</li>
 * </ul>
 * Paraphrase groups come from the caller (sentences with the same meaning share a group id). A tenth of the groups
 * is held out; after each epoch, retrieval on them (one member as query, another's old vector in the index) picks
 * the epoch whose transform is returned. Deterministic for a seed.
 */
public final class ParaphraseAlignment {

    /**
     * @param epochs             passes over the anchors
     * @param batchSize          anchors per step (and in-batch negatives)
     * @param temperature        softmax temperature of the contrastive term
     * @param fidelityWeight     weight of the squared distance to the anchor's own old vector
     * @param learningRate       Adam step size
     * @param validationFraction share of groups held out to pick the epoch
     * @param seed               shuffling, positive choice and the held-out split
     */
    public record Options(int epochs, int batchSize, double temperature, double fidelityWeight, double learningRate,
                          double validationFraction, long seed) {
        public Options {
            if (epochs < 0 || batchSize < 2 || !(temperature > 0) || !(fidelityWeight >= 0) || !(learningRate > 0)
                    || !(validationFraction >= 0 && validationFraction < 1)) {
                throw new IllegalArgumentException("invalid alignment options: " + epochs + " epochs, batch "
                        + batchSize + ", temperature " + temperature + ", fidelity weight " + fidelityWeight
                        + ", learning rate " + learningRate + ", validation fraction " + validationFraction);
            }
        }

        public static Options defaults() {
            return new Options(8, 256, 0.05, 1.0, 1e-4, 0.1, 42);
        }
    }

    /** One epoch's standing: mean training loss and held-out retrieval accuracy. */
    public record Epoch(int epoch, int epochs, double loss, double heldOutRetrieval) { }

    /** The chosen transform, its epoch (0: the starting transform) and the held-out retrieval it reached. */
    public record Result(EmbeddingTransform transform, int epoch, double heldOutRetrieval, double startRetrieval) { }

    private final Options options;

    public ParaphraseAlignment(Options options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @param start  the transform to refine (its space ids are kept)
     * @param x      new-space embeddings, one row per sentence
     * @param y      old-space embeddings of the same sentences
     * @param groups paraphrase group of each sentence
     */
    public Result refine(EmbeddingTransform start, float[][] x, float[][] y, int[] groups, Consumer<Epoch> progress) {
        if (x.length != y.length || x.length != groups.length || x.length < options.batchSize()) {
            throw new IllegalArgumentException("need as many (>= one batch) rows of new and old embeddings and groups, had "
                    + x.length + ", " + y.length + " and " + groups.length);
        }
        Random random = new Random(options.seed());
        boolean[] heldOut = holdOut(groups, random);
        List<Integer> anchors = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!heldOut[i]) {
                anchors.add(i);
            }
        }
        float[][] targets = unitRows(y);
        Map<Integer, int[]> members = members(groups, heldOut, false);
        HeldOutRetrieval validation = new HeldOutRetrieval(x, targets, members(groups, heldOut, true));
        AffineParameters params = AffineParameters.of(start);
        double startScore = validation.accuracy(start);
        Result best = new Result(start, 0, startScore, startScore);
        ContrastiveStep step = new ContrastiveStep(params, options);
        for (int e = 1; e <= options.epochs(); e++) {
            java.util.Collections.shuffle(anchors, random);
            double loss = 0;
            int batches = 0;
            for (int s = 0; s + options.batchSize() <= anchors.size(); s += options.batchSize()) {
                int[] batch = new int[options.batchSize()];
                int[] positive = new int[batch.length];
                for (int k = 0; k < batch.length; k++) {
                    batch[k] = anchors.get(s + k);
                    positive[k] = partner(batch[k], members.get(groups[batch[k]]), random);
                }
                loss += step.apply(x, targets, groups, batch, positive);
                batches++;
            }
            EmbeddingTransform now = params.toTransform(start.from(), start.to());
            double score = validation.accuracy(now);
            if (progress != null) {
                progress.accept(new Epoch(e, options.epochs(), loss / Math.max(1, batches), score));
            }
            if (score > best.heldOutRetrieval()) {
                best = new Result(now, e, score, startScore);
            }
        }
        return best;
    }

    private boolean[] holdOut(int[] groups, Random random) {
        Map<Integer, Boolean> byGroup = new HashMap<>();
        int[] distinct = Arrays.stream(groups).distinct().sorted().toArray();
        for (int g : distinct) {
            byGroup.put(g, random.nextDouble() < options.validationFraction());
        }
        boolean[] out = new boolean[groups.length];
        for (int i = 0; i < groups.length; i++) {
            out[i] = byGroup.get(groups[i]);
        }
        return out;
    }

    private static Map<Integer, int[]> members(int[] groups, boolean[] heldOut, boolean wanted) {
        Map<Integer, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < groups.length; i++) {
            if (heldOut[i] == wanted) {
                lists.computeIfAbsent(groups[i], k -> new ArrayList<>()).add(i);
            }
        }
        Map<Integer, int[]> out = new HashMap<>();
        lists.forEach((g, l) -> out.put(g, l.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    /** Another member of the group, or the sentence itself when it has no paraphrase. */
    private static int partner(int anchor, int[] group, Random random) {
        if (group.length < 2) {
            return anchor;
        }
        int pick;
        do {
            pick = group[random.nextInt(group.length)];
        } while (pick == anchor);
        return pick;
    }

    static float[][] unitRows(float[][] y) {
        float[][] out = new float[y.length][];
        for (int i = 0; i < y.length; i++) {
            double n = 0;
            for (float v : y[i]) {
                n += v * v;
            }
            double inv = n > 0 ? 1 / Math.sqrt(n) : 0;
            out[i] = new float[y[i].length];
            for (int j = 0; j < y[i].length; j++) {
                out[i][j] = (float) (y[i][j] * inv);
            }
        }
        return out;
    }
}
