package io.ambient.teachable.store;

import io.ambient.models.text.Embedding;
import java.time.Instant;
import java.util.Optional;

/**
 * A learned rewrite: when {@code user} says {@link #from}, mean {@link #to}.
 *
 * @param from      the normalised request as said
 * @param to        what it should be understood as
 * @param stats     how it has fared
 * @param embedding the embedding of {@code from}, tagged with its embedding space (never re-indexed)
 */
public record Rewrite(UserId user, String from, String to, RewriteStats stats, Optional<Embedding> embedding,
                      Instant updatedAt) {
    public Rewrite {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("a rewrite needs a target utterance");
        }
        embedding = embedding == null ? Optional.empty() : embedding;
        stats = stats == null ? RewriteStats.NONE : stats;
    }

    /**
     * How a rewrite has fared.
     *
     * @param observed  times the rephrase pattern was seen in the interaction log
     * @param succeeded times applying it led to a successful turn
     * @param failed    times applying it failed or was corrected
     */
    public record RewriteStats(long observed, long succeeded, long failed) {
        public static final RewriteStats NONE = new RewriteStats(0, 0, 0);

        public RewriteStats withOutcome(boolean success) {
            return success ? new RewriteStats(observed, succeeded + 1, failed)
                    : new RewriteStats(observed, succeeded, failed + 1);
        }
    }
}
