package io.ambient.teachable.rephrase;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds rephrases in an interaction log and groups each user's turns into {@link RephraseChain}s.
 *
 * <p>A turn is a rephrase when it comes from the same user within {@code window} of an attempt that did not
 * succeed (not understood, failed, undone, interrupted or answered with "no") and is similar in meaning to one
 * of the chain's attempts ({@link RephraseSimilarity}). Comparing with every attempt of the chain, not only
 * the last, keeps a chain together when the user tries a wild phrasing in between. A turn that is not a
 * rephrase closes the open chain (the user gave up or moved on) and starts its own.
 *
 * <p>The window is short on purpose: 60 s by default. A person who rephrases does so at once; a similar
 * request ten minutes later is a new request, and linking it would teach rewrites from coincidences.
 */
public final class RephraseDetector {
    /** Default time within which a new request may be a rephrase of a failed one. */
    public static final Duration DEFAULT_WINDOW = Duration.ofSeconds(60);

    private final RephraseSimilarity similarity;
    private final Duration window;
    private final EmbeddingCache embeddings;

    public RephraseDetector(RephraseSimilarity similarity, Duration window, EmbeddingCache embeddings) {
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the rephrase window must be positive, was " + window);
        }
        this.similarity = similarity;
        this.window = window;
        this.embeddings = embeddings;
    }

    /** Splits a log (any order) into chains, per user, in time order of their first attempts. */
    public List<RephraseChain> chains(List<InteractionRecord> log) {
        Map<String, List<InteractionRecord>> byUser = new LinkedHashMap<>();
        for (InteractionRecord record : log) {
            byUser.computeIfAbsent(record.user(), u -> new ArrayList<>()).add(record);
        }
        List<RephraseChain> chains = new ArrayList<>();
        for (List<InteractionRecord> turns : byUser.values()) {
            turns.sort(Comparator.comparing(InteractionRecord::time));
            chains.addAll(chainsOfOneUser(turns));
        }
        chains.sort(Comparator.comparing((RephraseChain c) -> c.first().time()).thenComparing(RephraseChain::user));
        return chains;
    }

    private List<RephraseChain> chainsOfOneUser(List<InteractionRecord> turns) {
        List<RephraseChain> chains = new ArrayList<>();
        List<InteractionRecord> open = new ArrayList<>();
        for (InteractionRecord turn : turns) {
            if (!open.isEmpty() && continues(open, turn)) {
                open.add(turn);
            } else {
                if (!open.isEmpty()) {
                    chains.add(new RephraseChain(open));
                }
                open = new ArrayList<>();
                open.add(turn);
            }
            if (turn.succeeded()) {
                chains.add(new RephraseChain(open));
                open = new ArrayList<>();
            }
        }
        if (!open.isEmpty()) {
            chains.add(new RephraseChain(open));
        }
        return chains;
    }

    private boolean continues(List<InteractionRecord> open, InteractionRecord turn) {
        InteractionRecord last = open.get(open.size() - 1);
        if (!last.outcome().invitesRephrase()) {
            return false;
        }
        Duration gap = Duration.between(last.time(), turn.time());
        if (gap.compareTo(window) > 0) {
            return false;
        }
        for (InteractionRecord attempt : open) {
            if (similarity.isRephrase(attempt.text(), turn.text(), embeddings)) {
                return true;
            }
        }
        return false;
    }
}
