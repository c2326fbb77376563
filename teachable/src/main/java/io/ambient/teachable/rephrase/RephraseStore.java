package io.ambient.teachable.rephrase;

import io.ambient.teachable.store.Interaction;
import io.ambient.teachable.store.InteractionLog;
import io.ambient.teachable.store.Rewrite;
import io.ambient.teachable.store.RewriteBook;
import io.ambient.teachable.store.UserId;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Self-learning's view of the teachable store: reads the stored interaction log as {@link InteractionRecord}s,
 * saves mined rewrites as the store's rewrite records (one per source phrasing, its embedding with its space
 * id) and loads them back as a {@link RewriteTable}. The store is the only place they are kept.
 *
 * <p>How a stored turn's outcome maps to an {@link InteractionOutcome}: {@code executed} is a success unless its
 * details say otherwise ({@value #FEEDBACK}={@value #NEGATIVE}: answered with "no"; {@value #UNDONE}=true;
 * {@value #INTERRUPTED}=true); {@code not_understood} is not understood; {@code failed} and {@code rejected} are
 * failed; {@code clarify} turns (the runtime asked back) are left out, since they are neither a success nor a
 * failure of the request.
 */
public final class RephraseStore {
    /** Detail key of a turn's feedback; value {@value #NEGATIVE} when the user answered it with "no". */
    public static final String FEEDBACK = "feedback";
    public static final String NEGATIVE = "negative";
    /** Detail key set to {@code true} on a turn the user undid. */
    public static final String UNDONE = "undone";
    /** Detail key set to {@code true} on a turn whose answer the user cut off. */
    public static final String INTERRUPTED = "interrupted";

    private final InteractionLog log;
    private final RewriteBook rewrites;

    public RephraseStore(InteractionLog log, RewriteBook rewrites) {
        this.log = log;
        this.rewrites = rewrites;
    }

    /** Every listed user's stored turns (clarifications left out), oldest first per user. */
    public List<InteractionRecord> interactions(Collection<UserId> users) {
        List<InteractionRecord> records = new ArrayList<>();
        for (UserId user : users) {
            for (Interaction turn : log.list(user)) {
                toRecord(turn).ifPresent(records::add);
            }
        }
        return records;
    }

    static Optional<InteractionRecord> toRecord(Interaction turn) {
        InteractionOutcome outcome;
        switch (turn.outcome()) {
            case "executed" -> outcome = executedOutcome(turn.details());
            case "not_understood" -> outcome = InteractionOutcome.NOT_UNDERSTOOD;
            case "failed", "rejected" -> outcome = InteractionOutcome.FAILED;
            case "clarify" -> {
                return Optional.empty();
            }
            default -> throw new IllegalArgumentException("turn " + turn.turnId() + " has an unknown outcome '"
                    + turn.outcome() + "'");
        }
        String said = turn.rewrittenFrom() != null ? turn.rewrittenFrom() : turn.text();
        return Optional.of(new InteractionRecord(turn.at(), turn.user().value(), turn.site(), said, outcome,
                turn.intent()));
    }

    private static InteractionOutcome executedOutcome(Map<String, String> details) {
        if (NEGATIVE.equals(details.get(FEEDBACK))) {
            return InteractionOutcome.ANSWERED_NO;
        }
        if ("true".equals(details.get(UNDONE))) {
            return InteractionOutcome.UNDONE;
        }
        if ("true".equals(details.get(INTERRUPTED))) {
            return InteractionOutcome.INTERRUPTED;
        }
        return InteractionOutcome.SUCCESS;
    }

    /**
     * Stores every source phrasing of the mined rewrites (replacing an earlier rule for the same phrasing but
     * keeping its run-time success and failure counts; skipping phrasings whose rewrite the user forgot) and returns
     * how many rules were written. Each write is
     * durable when this returns.
     */
    public int save(List<MinedRewrite> mined) {
        int written = 0;
        for (MinedRewrite rewrite : mined) {
            UserId owner = owner(rewrite.scope());
            for (RewriteRule rule : rewrite.rules()) {
                if (rewrites.isForgotten(owner, rule.source())) {
                    continue;
                }
                Rewrite.RewriteStats before = rewrites.find(owner, rule.source()).map(Rewrite::stats)
                        .orElse(Rewrite.RewriteStats.NONE);
                Rewrite.RewriteStats stats = new Rewrite.RewriteStats(rewrite.support(), before.succeeded(),
                        before.failed());
                rewrites.put(owner, rule.source(), rule.target(), stats, Optional.of(rule.embedding()));
                written++;
            }
        }
        return written;
    }

    /**
     * The stored rules of the listed users (the household's included when listed) as a lookup table. Rules stored
     * without an embedding cannot be matched by similarity and are left out.
     */
    public RewriteTable table(Collection<UserId> users, double matchThreshold) {
        List<RewriteRule> rules = new ArrayList<>();
        for (UserId user : users) {
            RewriteScope scope = user.isHousehold() ? new RewriteScope.Household()
                    : new RewriteScope.Personal(user.value());
            for (Rewrite stored : rewrites.list(user)) {
                stored.embedding().ifPresent(e -> rules.add(new RewriteRule(scope, stored.from(), e, stored.to(), null)));
            }
        }
        return new RewriteTable(rules, matchThreshold);
    }

    private static UserId owner(RewriteScope scope) {
        return scope instanceof RewriteScope.Personal p ? UserId.of(p.user()) : UserId.HOUSEHOLD;
    }
}
