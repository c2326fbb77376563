package io.ambient.teachable.policy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The true success rate of a policy against {@link SimulatedListeners}, computed exactly by expanding every
 * branch of the conversation (taste, action, response) with its probability. Conversations last at most
 * {@link ConversationRules#MAX_PROMPTS} prompts, and the value of a state is computed once per taste (many paths lead to the same state), so the whole
 * expansion takes milliseconds even for a policy that explores every action.
 */
public final class ExactPolicyValue {
    private final SimulatedListeners listeners;
    private final ConversationRules rules;

    public ExactPolicyValue(SimulatedListeners listeners, ConversationRules rules) {
        this.listeners = listeners;
        this.rules = rules;
    }

    /** The probability that a conversation run by {@code policy} ends with an accepted track. */
    public double value(Policy policy) {
        double total = 0;
        for (Map.Entry<SimulatedListeners.Taste, Double> taste : listeners.tastes().entrySet()) {
            total += taste.getValue() * value(policy, taste.getKey(), DialogState.start(), new HashMap<>());
        }
        return total;
    }

    /** Memoised per taste: different paths reach the same state (genre then energy, energy then genre). */
    private double value(Policy policy, SimulatedListeners.Taste taste, DialogState state,
                         Map<DialogState, Double> memo) {
        if (rules.outOfPrompts(state)) {
            return 0;
        }
        Double known = memo.get(state);
        if (known != null) {
            return known;
        }
        double v = 0;
        for (Map.Entry<DialogAction, Double> choice : policy.distribution(state.features()).probabilities().entrySet()) {
            DialogAction action = choice.getKey();
            for (Map.Entry<ListenerResponse, Double> r : listeners.responses(taste, state, action, rules).entrySet()) {
                double p = choice.getValue() * r.getValue();
                if (p == 0) {
                    continue;
                }
                if (r.getKey() instanceof ListenerResponse.Accept) {
                    v += p;
                } else {
                    Optional<DialogState> next = rules.next(state, action, r.getKey());
                    if (next.isPresent()) {
                        v += p * value(policy, taste, next.get(), memo);
                    }
                }
            }
        }
        memo.put(state, v);
        return v;
    }
}
