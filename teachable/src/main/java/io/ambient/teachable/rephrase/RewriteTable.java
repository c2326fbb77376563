package io.ambient.teachable.rephrase;

import io.ambient.models.text.Embedding;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learned rewrites, looked up by embedding similarity at run time: the speaker's personal rules first,
 * then the household's, and never for a request that contains something the speaker taught.
 *
 * <p>All rules of one table share one embedding space; a query from another space is refused with an
 * exception rather than compared (the numbers would be meaningless). Immutable and thread-safe.
 *
 * <pre>{@code
 * RewriteTable table = RewriteTable.of(minedRewrites, MiningSettings.DEFAULT.matchThreshold());
 * Optional<RewriteMatch> m = table.lookup("ann", text, encoder.encode(text), taughtPhrases);
 * m.ifPresent(match -> interpret(match.rewrittenText()));   // and add match.contextSignal() to context.used
 * }</pre>
 */
public final class RewriteTable {
    private final List<RewriteRule> personal;
    private final List<RewriteRule> household;
    private final double matchThreshold;
    private final String spaceId;
    private final Map<RewriteRule, String> normalisedTargets = new IdentityHashMap<>();

    /**
     * @param rules          personal and household rules, in any order
     * @param matchThreshold cosine from which a request matches a rule's source phrasing
     * @throws IllegalArgumentException the rules come from more than one embedding space
     */
    public RewriteTable(List<RewriteRule> rules, double matchThreshold) {
        if (!(matchThreshold > 0 && matchThreshold <= 1)) {
            throw new IllegalArgumentException("matchThreshold must be in (0, 1], was " + matchThreshold);
        }
        List<RewriteRule> mine = new ArrayList<>();
        List<RewriteRule> ours = new ArrayList<>();
        String space = null;
        for (RewriteRule rule : rules) {
            String ruleSpace = rule.embedding().spaceId();
            if (space != null && !space.equals(ruleSpace)) {
                throw new IllegalArgumentException("one rewrite table holds one embedding space; found " + space
                        + " and " + ruleSpace);
            }
            space = ruleSpace;
            (rule.scope() instanceof RewriteScope.Personal ? mine : ours).add(rule);
        }
        this.personal = List.copyOf(mine);
        this.household = List.copyOf(ours);
        this.matchThreshold = matchThreshold;
        this.spaceId = space;
        for (RewriteRule rule : rules) {
            normalisedTargets.put(rule, Utterances.normalise(rule.target()));
        }
    }

    /** A table of every source phrasing of the mined rewrites. */
    public static RewriteTable of(List<MinedRewrite> rewrites, double matchThreshold) {
        List<RewriteRule> rules = new ArrayList<>();
        for (MinedRewrite rewrite : rewrites) {
            rules.addAll(rewrite.rules());
        }
        return new RewriteTable(rules, matchThreshold);
    }

    /** The embedding space of the stored rules, empty for an empty table. */
    public Optional<String> spaceId() {
        return Optional.ofNullable(spaceId);
    }

    public List<RewriteRule> rules() {
        List<RewriteRule> all = new ArrayList<>(personal);
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

    private Optional<RewriteMatch> best(List<RewriteRule> rules, String user, String normalised, Embedding query) {
        RewriteMatch best = null;
        for (RewriteRule rule : rules) {
            if (user != null && !((RewriteScope.Personal) rule.scope()).user().equalsIgnoreCase(user)) {
                continue;
            }
            if (normalisedTargets.get(rule).equals(normalised)) {
                continue; // already the phrasing that works
            }
            double similarity = query.dot(rule.embedding());
            if (similarity >= matchThreshold && (best == null || similarity > best.similarity())) {
                best = new RewriteMatch(rule, similarity);
            }
        }
        return Optional.ofNullable(best);
    }
}
