package io.ambient.teachable.rephrase;

/**
 * The knobs of rewrite mining.
 *
 * @param minProbability    the least absorption probability a target needs: above one half, the rewrite is
 *                          more likely to end in that success than anywhere else together
 * @param minSupport        the least number of chains through the source state: one person's single slip is
 *                          not a habit
 * @param minHouseholdUsers the least number of different users behind a household rewrite; fewer, and it is
 *                          someone's personal way of speaking, which the personal layer already covers
 * @param clusterThreshold  cosine from which utterances are one state (see {@link UtteranceClusters})
 * @param matchThreshold    cosine from which a new request matches a rewrite's source at run time
 */
public record MiningSettings(double minProbability, int minSupport, int minHouseholdUsers, double clusterThreshold,
                             double matchThreshold) {

    public static final MiningSettings DEFAULT = new MiningSettings(0.5, 2, 2, UtteranceClusters.DEFAULT_THRESHOLD,
            UtteranceClusters.DEFAULT_THRESHOLD);

    public MiningSettings {
        if (!(minProbability > 0 && minProbability <= 1)) {
            throw new IllegalArgumentException("minProbability must be in (0, 1], was " + minProbability);
        }
        if (minSupport < 1 || minHouseholdUsers < 1) {
            throw new IllegalArgumentException("minSupport and minHouseholdUsers must be at least 1, were "
                    + minSupport + " and " + minHouseholdUsers);
        }
        if (!(clusterThreshold > 0 && clusterThreshold <= 1) || !(matchThreshold > 0 && matchThreshold <= 1)) {
            throw new IllegalArgumentException("thresholds must be in (0, 1], were " + clusterThreshold + " and "
                    + matchThreshold);
        }
    }
}
