package io.ambient.teachable.policy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Softmax (Boltzmann) exploration over fixed preference scores: {@code p(a) ∝ exp(score(a) / temperature)} over
 * the allowed actions, with {@code afterRejection} scores once a suggestion was turned down. Every allowed action
 * keeps a positive probability; a low temperature approaches the greedy choice. Actions without a score get 0.
 */
public record SoftmaxPolicy(String name, double temperature, Map<DialogAction, Double> scores,
                            Map<DialogAction, Double> afterRejection) implements Policy {

    public SoftmaxPolicy {
        if (!(temperature > 0)) {
            throw new IllegalArgumentException("temperature must be positive, was " + temperature);
        }
        scores = Map.copyOf(scores);
        afterRejection = Map.copyOf(afterRejection);
    }

    @Override
    public ActionDistribution distribution(DialogFeatures features) {
        List<DialogAction> allowed = features.allowedActions();
        Map<DialogAction, Double> table = features.rejections() > 0 ? afterRejection : scores;
        double max = Double.NEGATIVE_INFINITY;
        for (DialogAction a : allowed) {
            max = Math.max(max, table.getOrDefault(a, 0.0));
        }
        Map<DialogAction, Double> weights = new EnumMap<>(DialogAction.class);
        double total = 0;
        for (DialogAction a : allowed) {
            double w = Math.exp((table.getOrDefault(a, 0.0) - max) / temperature); // shifted: no overflow
            weights.put(a, w);
            total += w;
        }
        for (DialogAction a : allowed) {
            weights.put(a, weights.get(a) / total);
        }
        return new ActionDistribution(weights);
    }
}
