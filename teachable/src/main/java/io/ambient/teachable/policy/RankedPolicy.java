package io.ambient.teachable.policy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Epsilon-greedy over a ranked list: the greedy action is the first allowed action of {@code order} (of
 * {@code afterRejection} once a suggestion was turned down); with probability {@code epsilon} the action is
 * instead drawn uniformly from all allowed actions. So the greedy action has probability
 * {@code 1 - epsilon + epsilon / k} and each other allowed action {@code epsilon / k}, k allowed actions.
 * With {@code epsilon = 0} the policy is deterministic.
 */
public record RankedPolicy(String name, double epsilon, List<DialogAction> order, List<DialogAction> afterRejection)
        implements Policy {

    public RankedPolicy {
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("epsilon must be in [0, 1], was " + epsilon);
        }
        if (!order.contains(DialogAction.SUGGEST) || !afterRejection.contains(DialogAction.SUGGEST)) {
            throw new IllegalArgumentException("policy '" + name + "': both orders must contain SUGGEST, which is "
                    + "always allowed, so a greedy action always exists");
        }
        order = List.copyOf(order);
        afterRejection = List.copyOf(afterRejection);
    }

    @Override
    public ActionDistribution distribution(DialogFeatures features) {
        List<DialogAction> allowed = features.allowedActions();
        List<DialogAction> ranking = features.rejections() > 0 ? afterRejection : order;
        DialogAction greedy = ranking.stream().filter(allowed::contains).findFirst().orElseThrow();
        Map<DialogAction, Double> p = new EnumMap<>(DialogAction.class);
        for (DialogAction action : allowed) {
            p.put(action, epsilon / allowed.size() + (action == greedy ? 1 - epsilon : 0));
        }
        return new ActionDistribution(p);
    }
}
