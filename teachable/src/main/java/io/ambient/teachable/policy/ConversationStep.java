package io.ambient.teachable.policy;

import java.util.Map;

/**
 * One logged prompt: what the policy saw, the action it took, that action's probability (propensity) and the
 * whole distribution it drew from. The full distribution lets an evaluator check that the logging policy could
 * have taken whatever a target policy would take (support).
 */
public record ConversationStep(DialogFeatures features, DialogAction action, double propensity,
                               Map<DialogAction, Double> probabilities) {
    private static final double TOLERANCE = 1e-9;

    public ConversationStep {
        if (!(propensity > 0 && propensity <= 1 + TOLERANCE)) {
            throw new IllegalArgumentException("the propensity of a logged action must be in (0, 1], was " + propensity
                    + ": a logging policy cannot take an action it gives probability zero");
        }
        probabilities = new ActionDistribution(probabilities).probabilities();
        double listed = probabilities.getOrDefault(action, 0.0);
        if (Math.abs(listed - propensity) > TOLERANCE) {
            throw new IllegalArgumentException("propensity " + propensity + " of " + action
                    + " differs from its logged probability " + listed);
        }
        if (!features.allowedActions().containsAll(probabilities.keySet())) {
            throw new IllegalArgumentException("the logged distribution " + probabilities
                    + " gives probability to actions not allowed when " + features.known() + " are known");
        }
    }

    public static ConversationStep taken(DialogFeatures features, DialogAction action, ActionDistribution from) {
        return new ConversationStep(features, action, from.probability(action), from.probabilities());
    }
}
