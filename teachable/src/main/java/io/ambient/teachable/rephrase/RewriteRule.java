package io.ambient.teachable.rephrase;

import io.ambient.models.text.Embedding;

/**
 * One entry of the run-time {@link RewriteTable}: when someone in {@code scope} says something close to
 * {@code source}, interpret {@code target} instead. A {@link MinedRewrite} gives one rule per source phrasing;
 * the teachable store keeps one record per rule (its {@code Rewrite}).
 *
 * @param scope        personal or household
 * @param source       the phrasing it applies to, normalised
 * @param embedding    the source's embedding, tagged with its space id
 * @param target       the phrasing to interpret instead
 * @param targetIntent the intent the target was carried out as when mined, or null when not known
 */
public record RewriteRule(RewriteScope scope, String source, Embedding embedding, String target,
                          String targetIntent) {
    public RewriteRule {
        if (scope == null || source == null || source.isBlank() || embedding == null || target == null
                || target.isBlank()) {
            throw new IllegalArgumentException("a rewrite rule needs a scope, a source with its embedding and a target");
        }
    }
}
