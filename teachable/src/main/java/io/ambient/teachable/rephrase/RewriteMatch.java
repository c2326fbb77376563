package io.ambient.teachable.rephrase;

/**
 * A request that matched a learned rewrite.
 *
 * @param rule       the rule that applies
 * @param similarity cosine similarity of the request and the rule's source phrasing
 */
public record RewriteMatch(RewriteRule rule, double similarity) {

    /** The words to interpret instead of the request. */
    public String rewrittenText() {
        return rule.target();
    }

    /** {@code rewrite:personal} or {@code rewrite:household}, for the interpretation's {@code context.used}. */
    public String contextSignal() {
        return "rewrite:" + rule.scope().label();
    }
}
