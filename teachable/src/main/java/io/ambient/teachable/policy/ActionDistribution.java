package io.ambient.teachable.policy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;

/**
 * A policy's probabilities over the next action. Probabilities are non-negative and sum to one; absent actions
 * have probability zero.
 */
public record ActionDistribution(Map<DialogAction, Double> probabilities) {
    private static final double TOLERANCE = 1e-9;

    public ActionDistribution {
        Map<DialogAction, Double> copy = new EnumMap<>(DialogAction.class);
        double sum = 0;
        for (Map.Entry<DialogAction, Double> e : probabilities.entrySet()) {
            double p = e.getValue();
            if (!(p >= 0 && p <= 1 + TOLERANCE)) {
                throw new IllegalArgumentException("probability of " + e.getKey() + " is " + p);
            }
            if (p > 0) {
                copy.put(e.getKey(), p);
            }
            sum += p;
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException("probabilities sum to " + sum + ", not 1: " + probabilities);
        }
        probabilities = Map.copyOf(copy);
    }

    public double probability(DialogAction action) {
        return probabilities.getOrDefault(action, 0.0);
    }

    /** Draws an action; actions are visited in enum order, so the same random draw gives the same action. */
    public DialogAction sample(Random random) {
        double x = random.nextDouble();
        DialogAction last = null;
        for (DialogAction action : DialogAction.values()) {
            double p = probability(action);
            if (p == 0) {
                continue;
            }
            last = action;
            x -= p;
            if (x < 0) {
                return action;
            }
        }
        return last; // rounding left a sliver: the last possible action takes it
    }
}
