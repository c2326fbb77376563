package io.ambient.models.registry;

/**
 * The thresholds of the compatibility gate.
 *
 * @param maxNegativeFlipRate largest share of regression cases the current model gets right and the candidate
 *                            gets wrong (default 0.5%)
 */
public record GatePolicy(double maxNegativeFlipRate) {
    public GatePolicy {
        if (!(maxNegativeFlipRate >= 0 && maxNegativeFlipRate <= 1)) {
            throw new IllegalArgumentException("maxNegativeFlipRate must be in [0, 1], was " + maxNegativeFlipRate);
        }
    }

    public static GatePolicy defaults() {
        return new GatePolicy(0.005);
    }
}
