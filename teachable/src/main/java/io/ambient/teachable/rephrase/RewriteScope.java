package io.ambient.teachable.rephrase;

/**
 * Whose rewrite it is: one user's (learned from that user's rephrases, applied first) or the household's
 * (learned from several users' rephrases, applied when the speaker has no personal rewrite for the request).
 */
public sealed interface RewriteScope {

    /** A rewrite learned from, and applied to, one user. */
    record Personal(String user) implements RewriteScope {
        public Personal {
            if (user == null || user.isBlank()) {
                throw new IllegalArgumentException("a personal rewrite needs a user");
            }
        }

        @Override
        public String label() {
            return "personal";
        }
    }

    /** A rewrite for everyone in the home. */
    record Household() implements RewriteScope {
        @Override
        public String label() {
            return "household";
        }
    }

    /** {@code personal} or {@code household}: the layer's name in {@code context.used} ("rewrite:personal"). */
    String label();
}
