package io.ambient.teachable.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Runs conversations between a policy and {@link SimulatedListeners}, logging each prompt with its propensity,
 * exactly as the live dialog logs them. Deterministic per seed.
 */
public final class DialogSimulator {
    private final SimulatedListeners listeners;
    private final ConversationRules rules;

    public DialogSimulator(SimulatedListeners listeners, ConversationRules rules) {
        this.listeners = listeners;
        this.rules = rules;
    }

    public List<ConversationRecord> run(Policy policy, int conversations, long seed, Instant start) {
        Random random = new Random(seed);
        List<ConversationRecord> log = new ArrayList<>(conversations);
        for (int i = 0; i < conversations; i++) {
            log.add(conversation(policy, random, String.format("c-%06d", i + 1), start.plusSeconds(600L * i)));
        }
        return log;
    }

    private ConversationRecord conversation(Policy policy, Random random, String id, Instant time) {
        SimulatedListeners.Taste taste = listeners.drawTaste(random);
        DialogState state = DialogState.start();
        List<ConversationStep> steps = new ArrayList<>();
        while (!rules.outOfPrompts(state)) {
            DialogFeatures features = state.features();
            ActionDistribution distribution = policy.distribution(features);
            DialogAction action = distribution.sample(random);
            steps.add(ConversationStep.taken(features, action, distribution));
            ListenerResponse response = listeners.respond(taste, state, action, rules, random);
            if (response instanceof ListenerResponse.Accept) {
                return new ConversationRecord(id, time, "simulated", policy.name(), steps, true);
            }
            Optional<DialogState> next = rules.next(state, action, response);
            if (next.isEmpty()) {
                break;
            }
            state = next.get();
        }
        return new ConversationRecord(id, time, "simulated", policy.name(), steps, false);
    }

    /** The mean reward of many conversations run by the policy itself (on-policy Monte Carlo). */
    public double monteCarloValue(Policy policy, int conversations, long seed) {
        double total = 0;
        for (ConversationRecord c : run(policy, conversations, seed, Instant.EPOCH)) {
            total += c.reward();
        }
        return total / conversations;
    }
}
