package io.ambient.teachable.rephrase;

import io.ambient.models.text.Embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The learned rewrites, looked up by embedding similarity at run time: the speaker's personal rewrites first,
 * then the household's, and never for a request that contains something the speaker taught.
 *
 * <p>All rewrites of one table share one embedding space; a query from another space is refused with an
 * exception rather than compared (the numbers would be meaningless). Immutable and thread-safe.
 */
public final class RewriteTable {
    private final List<Rewrite> personal;
    private final List<Rewrite> household;
    private final double matchThreshold;
    private final String spaceId;

    /**
     * @param rewrites       personal and household rewrites, in any order
     * @param matchThreshold cosine from which a request matches a rewrite's source phrasing
     * @throws IllegalArgumentException the rewrites come from more than one embedding space
     */
    public RewriteTable(List<Rewrite> rewrites, double matchThreshold) {
        if (!(matchThreshold > 0 && matchThreshold <= 1)) {
            throw new IllegalArgumentException("matchThreshold must be in (0, 1], was " + matchThreshold);
        }
        List<Rewrite> mine = new ArrayList<>();
        List<Rewrite> ours = new ArrayList<>();
        String space = null;
        for (Rewrite rewrite : rewrites) {
            if (space != null && !space.equals(rewrite.spaceId())) {
                throw new IllegalArgumentException("one rewrite table holds one embedding space; found " + space
                        + " and " + rewrite.spaceId());
            }
            space = rewrite.spaceId();
            (rewrite.scope() instanceof RewriteScope.Personal ? mine : ours).add(rewrite);
        }
        this.personal = List.copyOf(mine);
        this.household = List.copyOf(ours);
        this.matchThreshold = matchThreshold;
        this.spaceId = space;
    }

    /** The embedding space of the stored rewrites, empty for an empty table. */
    public Optional<String> spaceId() {
        return Optional.ofNullable(spaceId);
    }

    public List<Rewrite> rewrites() {
        List<Rewrite> all = new ArrayList<>(personal);
        all.addAll(household);
        return all;
    }

    /**
     * The rewrite for a request, if any.
     *
     * @param user   who spoke
     * @param text   the request as heard
     * @param query  its embedding, in this table's space
     * @param taught what the user taught; a request containing a taught phrase is never rewritten
     * @throws IllegalArgumentException the query is from another embedding space than the table's
     */
    public Optional<RewriteMatch> lookup(String user, String text, Embedding query, TaughtPhrases taught) {
        if (spaceId != null && !spaceId.equals(query.spaceId())) {
            throw new IllegalArgumentException("rewrites are stored in embedding space " + spaceId
                    + ", the request was encoded in " + query.spaceId());
        }
        if (taught.isTaught(user, text)) {
            return Optional.empty();
        }
        String normalised = Utterances.normalise(text);
        Optional<RewriteMatch> mine = best(personal, user, normalised, query);
        return mine.isPresent() ? mine : best(household, null, normalised, query);
    }

    private Optional<RewriteMatch> best(List<Rewrite> rewrites, String user, String normalised, Embedding query) {
        RewriteMatch best = null;
        for (Rewrite rewrite : rewrites) {
            if (user != null && !((RewriteScope.Personal) rewrite.scope()).user().equals(user)) {
                continue;
            }
            if (rewrite.target().equals(normalised)) {
                continue; // already the phrasing that works
            }
            for (Rewrite.RewriteSource source : rewrite.sources()) {
                double similarity = query.dot(source.embedding());
                if (similarity >= matchThreshold && (best == null || similarity > best.similarity())) {
                    best = new RewriteMatch(rewrite, source.text(), similarity);
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
