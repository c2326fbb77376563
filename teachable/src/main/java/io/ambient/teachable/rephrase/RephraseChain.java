package io.ambient.teachable.rephrase;

import java.util.List;
import java.util.Optional;

/**
 * One request as the user pursued it: the first attempt, then each rephrase that followed a failed attempt,
 * up to the first success (or until the user stopped trying). A request that succeeded at once is a chain of
 * one successful attempt. Every record of a log belongs to exactly one chain.
 *
 * @param attempts the turns in time order; every one but the last failed
 */
public record RephraseChain(List<InteractionRecord> attempts) {

    public RephraseChain {
        if (attempts == null || attempts.isEmpty()) {
            throw new IllegalArgumentException("a rephrase chain needs at least one attempt");
        }
        attempts = List.copyOf(attempts);
        for (int i = 0; i < attempts.size() - 1; i++) {
            if (attempts.get(i).succeeded()) {
                throw new IllegalArgumentException("only the last attempt of a chain may succeed: " + attempts);
            }
        }
    }

    public InteractionRecord first() {
        return attempts.get(0);
    }

    public String user() {
        return first().user();
    }

    /** The successful attempt that ended the chain, if the user got there. */
    public Optional<InteractionRecord> success() {
        InteractionRecord last = attempts.get(attempts.size() - 1);
        return last.succeeded() ? Optional.of(last) : Optional.empty();
    }

    /** The attempts that failed (all but a final success). */
    public List<InteractionRecord> failures() {
        return success().isPresent() ? attempts.subList(0, attempts.size() - 1) : attempts;
    }

    /** True when the first attempt already succeeded: nothing to learn, but a rewrite must not touch it. */
    public boolean succeededAtOnce() {
        return attempts.size() == 1 && first().succeeded();
    }
}
