package io.ambient.teachable.rephrase;

/**
 * A request that matched a learned rewrite.
 *
 * @param rewrite       the rewrite that applies
 * @param matchedSource the source phrasing the request was closest to
 * @param similarity    cosine similarity of the request and that source
 */
public record RewriteMatch(Rewrite rewrite, String matchedSource, double similarity) {

    /** The words to interpret instead of the request. */
    public String rewrittenText() {
        return rewrite.target();
    }

    /** {@code rewrite:personal} or {@code rewrite:household}, for the interpretation's {@code context.used}. */
    public String contextSignal() {
        return "rewrite:" + rewrite.scope().label();
    }
}
