package io.ambient.teachable.rephrase;

/**
 * What users explicitly taught, as far as rewriting needs to know: a learned rewrite never overrides a phrase
 * or alias the speaker (or the household) taught. The rewrite stage passes the teaching store's view here.
 */
@FunctionalInterface
public interface TaughtPhrases {

    /** Nothing taught: for mining reports and tests. */
    TaughtPhrases NONE = (user, text) -> false;

    /** True when {@code text} is (or contains) a phrase or alias taught by {@code user} or the household. */
    boolean isTaught(String user, String text);
}
