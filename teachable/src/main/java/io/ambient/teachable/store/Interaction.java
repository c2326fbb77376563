package io.ambient.teachable.store;

import java.time.Instant;
import java.util.Map;

/**
 * One turn as remembered for learning (rephrase mining, policy evaluation).
 *
 * @param rewrittenFrom what was said when a taught phrase or rewrite changed it, else null
 * @param intent        the intent acted on, or null
 * @param outcome       {@code executed}, {@code clarify}, {@code not_understood}, {@code rejected}, {@code failed}
 * @param details       anything else a learner needs (e.g. {@code feedback=negative}, a prompt's propensity)
 */
public record Interaction(UserId user, String turnId, Instant at, String site, String text, String rewrittenFrom,
                          String intent, String outcome, double confidence, Map<String, String> details) {
    public Interaction {
        if (user == null || turnId == null || turnId.isBlank() || at == null || text == null || outcome == null) {
            throw new IllegalArgumentException("an interaction needs a user, turn id, time, text and outcome");
        }
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
