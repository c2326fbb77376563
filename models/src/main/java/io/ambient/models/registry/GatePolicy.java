package io.ambient.models.registry;

/**
 * The thresholds of the compatibility gate.
 *
 * @param maxNegativeFlipRate largest share of regression cases the current model gets right and the candidate
 *                            gets wrong (default 0.5%)
 * @param maxAccuracyDrop     how much lower than the serving model's the candidate's accuracy may be (default 0:
 *                            not lower at all, as issue 6 asks; a hub may knowingly allow a small drop)
 */
public record GatePolicy(double maxNegativeFlipRate, double maxAccuracyDrop) {
    public GatePolicy {
        if (!(maxNegativeFlipRate >= 0 && maxNegativeFlipRate <= 1)) {
            throw new IllegalArgumentException("maxNegativeFlipRate must be in [0, 1], was " + maxNegativeFlipRate);
        }
        if (!(maxAccuracyDrop >= 0 && maxAccuracyDrop <= 1)) {
            throw new IllegalArgumentException("maxAccuracyDrop must be in [0, 1], was " + maxAccuracyDrop);
        }
    }

    public static GatePolicy defaults() {
        return new GatePolicy(0.005, 0);
    }
}
