package io.ambient.teachable.policy;

import java.time.Instant;
import java.util.List;

/**
 * One logged "help me find music" conversation: every prompt with its propensity, and how it ended.
 *
 * @param id      a conversation id
 * @param time    when it started
 * @param user    who it was with
 * @param policy  the name of the policy that chose the prompts (the logging policy)
 * @param steps   the prompts in order
 * @param success true when the listener took a suggested track (reward 1), false otherwise (reward 0)
 */
public record ConversationRecord(String id, Instant time, String user, String policy, List<ConversationStep> steps,
                                 boolean success) {
    public ConversationRecord {
        if (id == null || id.isBlank() || time == null || user == null || policy == null) {
            throw new IllegalArgumentException("a conversation needs an id, a time, a user and a policy name");
        }
        steps = List.copyOf(steps);
    }

    public double reward() {
        return success ? 1 : 0;
    }
}
