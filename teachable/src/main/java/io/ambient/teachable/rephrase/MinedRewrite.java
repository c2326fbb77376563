package io.ambient.teachable.rephrase;

import io.ambient.models.text.Embedding;

import java.util.List;

/**
 * A learned rewrite: requests phrased like {@code sources} are best turned into {@code target}, the phrasing
 * that, in the mined log, most often ended the user's rephrasing in success.
 *
 * @param scope        personal (one user) or household
 * @param sources      the failed phrasings it applies to (one cluster), each with its embedding; all embeddings
 *                     are in one space, recorded in each embedding
 * @param target       the successful phrasing to use instead
 * @param targetIntent the intent that phrasing was carried out as, or null if the log did not say
 * @param probability  absorption probability of the target from the source state (the Markov chain's B)
 * @param support      how many mined chains passed through the source state
 * @param users        how many distinct users those chains came from
 */
public record MinedRewrite(RewriteScope scope, List<RewriteSource> sources, String target, String targetIntent,
                           double probability, int support, int users) {

    /** One phrasing a rewrite applies to, with its embedding (tagged with its space id). */
    public record RewriteSource(String text, Embedding embedding) {
        public RewriteSource {
            if (text == null || text.isBlank() || embedding == null) {
                throw new IllegalArgumentException("a rewrite source needs a text and an embedding");
            }
        }
    }

    public MinedRewrite {
        if (scope == null || sources == null || sources.isEmpty() || target == null || target.isBlank()) {
            throw new IllegalArgumentException("a rewrite needs a scope, at least one source and a target");
        }
        sources = List.copyOf(sources);
        String space = sources.get(0).embedding().spaceId();
        for (RewriteSource source : sources) {
            if (!source.embedding().spaceId().equals(space)) {
                throw new IllegalArgumentException("the sources of one rewrite must share an embedding space: "
                        + space + " and " + source.embedding().spaceId());
            }
        }
        if (!(probability > 0 && probability <= 1 + 1e-9)) {
            throw new IllegalArgumentException("probability must be in (0, 1], was " + probability);
        }
    }

    /** The embedding space of the source embeddings. */
    public String spaceId() {
        return sources.get(0).embedding().spaceId();
    }

    /** One run-time rule per source phrasing. */
    public List<RewriteRule> rules() {
        return sources.stream().map(s -> new RewriteRule(scope, s.text(), s.embedding(), target, targetIntent)).toList();
    }

    /** The most frequent source phrasing, for reports. */
    public String source() {
        return sources.get(0).text();
    }
}
