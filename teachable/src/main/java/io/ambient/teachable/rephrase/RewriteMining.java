package io.ambient.teachable.rephrase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The whole offline run of {@code ./ambient rewrites mine}: sort the log by time, keep the last
 * {@code holdout} share back, detect rephrase chains and mine rewrites on the rest, and replay the held-back
 * part through the mined table.
 */
public final class RewriteMining {

    /**
     * The outcome of one run.
     *
     * @param entries      log lines read
     * @param minedEntries lines used for mining
     * @param minedChains  chains found in the mined part, and how many of them were rephrased
     * @param rewrites     the rewrites proposed (personal first, then household)
     * @param replay       the held-back judgement; null when {@code holdout} was 0
     * @param miningNanos  time spent detecting and mining (encoding included), for the benchmark
     * @param encoded      distinct sentences encoded
     */
    public record Result(int entries, int minedEntries, int minedChains, int rephrasedChains, List<MinedRewrite> rewrites,
                         ReplayReport replay, long miningNanos, int encoded) {
    }

    private final RephraseSimilarity similarity;
    private final Duration window;
    private final MiningSettings settings;
    private final EmbeddingCache embeddings;

    public RewriteMining(RephraseSimilarity similarity, Duration window, MiningSettings settings,
                         EmbeddingCache embeddings) {
        this.similarity = similarity;
        this.window = window;
        this.settings = settings;
        this.embeddings = embeddings;
    }

    /**
     * @param holdout share of the log, by time, kept back for the replay: 0 (mine everything) up to below 1
     */
    public Result run(List<InteractionRecord> log, double holdout) {
        if (!(holdout >= 0 && holdout < 1)) {
            throw new IllegalArgumentException("holdout must be in [0, 1), was " + holdout);
        }
        List<InteractionRecord> sorted = new ArrayList<>(log);
        sorted.sort(Comparator.comparing(InteractionRecord::time));
        int cut = (int) Math.round(sorted.size() * (1 - holdout));
        RephraseDetector detector = new RephraseDetector(similarity, window, embeddings);
        long start = System.nanoTime();
        List<RephraseChain> mined = detector.chains(sorted.subList(0, cut));
        List<MinedRewrite> rewrites = new RewriteMiner(settings, embeddings).mine(mined);
        long nanos = System.nanoTime() - start;
        ReplayReport replay = null;
        if (cut < sorted.size()) {
            List<RephraseChain> heldBack = detector.chains(sorted.subList(cut, sorted.size()));
            RewriteTable table = RewriteTable.of(rewrites, settings.matchThreshold());
            replay = new RewriteReplay(table, embeddings, similarity).replay(heldBack);
        }
        int rephrased = (int) mined.stream().filter(c -> !c.succeededAtOnce()).count();
        return new Result(sorted.size(), cut, mined.size(), rephrased, rewrites, replay, nanos, embeddings.size());
    }
}
