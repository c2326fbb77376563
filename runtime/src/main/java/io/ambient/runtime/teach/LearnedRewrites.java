package io.ambient.runtime.teach;

import io.ambient.models.text.Embedding;
import io.ambient.models.text.SentenceEncoder;
import io.ambient.teachable.rephrase.RewriteMatch;
import io.ambient.teachable.rephrase.RewriteRule;
import io.ambient.teachable.rephrase.RewriteScope;
import io.ambient.teachable.rephrase.RewriteTable;
import io.ambient.teachable.rephrase.TaughtPhrases;
import io.ambient.teachable.rephrase.Utterances;
import io.ambient.teachable.store.Rewrite;
import io.ambient.teachable.store.RewriteBook;
import io.ambient.teachable.store.StoreException;
import io.ambient.teachable.store.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The mined rewrites at run time: the speaker's and the household's stored rules (personal first, then
 * household), a rule for the request's exact words first, else by embedding similarity against the request
 * embedded with the serving model's encoder ({@link RewriteTable}). Exact words first because an update's
 * encoder seen through its transform places the same sentence near, not onto, its old vector (demo v2: cosine
 * 0.68-0.83 with v1's), below the similarity threshold. Stored embeddings are never re-embedded: a rule whose embedding is in another space
 * than the serving encoder's is left out, and the log says so once per space pair, rather than comparing
 * numbers that mean nothing. The decoded rules are cached per owner until the store's version of rewrite records
 * changes, so a rewrite saved by mining, by the API or directly through any {@link RewriteBook} over the store is
 * used on the next turn.
 */
public final class LearnedRewrites {
    private static final Logger LOG = LoggerFactory.getLogger(LearnedRewrites.class);

    private final RewriteBook book;
    private final double matchThreshold;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    private final Map<UserId, Layer> cache = new ConcurrentHashMap<>();

    /** @param matchThreshold cosine from which a request matches a rule's source phrasing */
    public LearnedRewrites(RewriteBook book, double matchThreshold) {
        if (!(matchThreshold > 0 && matchThreshold <= 1)) {
            throw new IllegalArgumentException("matchThreshold must be in (0, 1], was " + matchThreshold);
        }
        this.book = book;
        this.matchThreshold = matchThreshold;
    }

    /**
     * The rewrite for what {@code speaker} said, if a stored rule in the encoder's space applies: per layer
     * (personal, then household) a rule for exactly these words first, else the most similar source phrasing at
     * or above the threshold. The request is embedded only when no rule has its exact words. A store fault is
     * logged and means no rewrite: the turn goes on with the words as heard.
     */
    public Optional<RewriteMatch> find(UserId speaker, String text, SentenceEncoder encoder) {
        List<Layer> layers = new ArrayList<>(2);
        try {
            if (!speaker.isHousehold()) {
                layers.add(layer(speaker, new RewriteScope.Personal(speaker.value()), encoder.spaceId()));
            }
            layers.add(layer(UserId.HOUSEHOLD, new RewriteScope.Household(), encoder.spaceId()));
        } catch (StoreException e) {
            LOG.warn("learned rewrites not consulted for {}: {}", speaker, e.getMessage());
            return Optional.empty();
        }
        String words = Utterances.normalise(text);
        Embedding query = null;
        for (Layer layer : layers) {
            RewriteRule exact = layer.byWords().get(words);
            if (exact != null) {
                return Optional.of(new RewriteMatch(exact, 1.0));
            }
            if (layer.table() != null) {
                query = query != null ? query : embed(text, encoder);
                if (query == null) {
                    return Optional.empty();
                }
                Optional<RewriteMatch> similar = layer.table().lookup(speaker.value(), text, query, TaughtPhrases.NONE);
                if (similar.isPresent()) {
                    return similar;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * One owner's usable rules, decoded once and kept until the store says a rewrite changed (reading and decoding
     * every rule's 384 floats on every turn cost tens of milliseconds at 100 rules).
     */
    private Layer layer(UserId owner, RewriteScope scope, String space) {
        long version = book.version(); // read before the rules: a write in between makes the next turn re-read
        Layer cached = cache.get(owner);
        if (cached != null && cached.version() == version && cached.space().equals(space)) {
            return cached;
        }
        List<RewriteRule> rules = usableRules(book.list(owner), scope, space);
        Map<String, RewriteRule> byWords = new HashMap<>();
        for (RewriteRule rule : rules) {
            byWords.putIfAbsent(rule.source(), rule);
        }
        Layer fresh = new Layer(version, space, Map.copyOf(byWords),
                rules.isEmpty() ? null : new RewriteTable(rules, matchThreshold));
        cache.put(owner, fresh);
        return fresh;
    }

    /** The request's embedding; null (logged) when the encoder failed: the turn goes on with the words as heard. */
    private static Embedding embed(String text, SentenceEncoder encoder) {
        try {
            return encoder.encode(text);
        } catch (RuntimeException e) {
            LOG.warn("learned rewrites not consulted: the encoder failed on the request: {}", e.toString());
            return null;
        }
    }

    private record Layer(long version, String space, Map<String, RewriteRule> byWords, RewriteTable table) { }

    /** {@code rewrite:<owner>/<from> -> <to>}: the signal a applied rewrite adds to {@code context.used}. */
    public static String contextSignal(RewriteMatch match) {
        RewriteRule rule = match.rule();
        String owner = rule.scope() instanceof RewriteScope.Personal p ? p.user() : UserId.HOUSEHOLD.value();
        return "rewrite:" + owner + "/" + rule.source() + " -> " + rule.target();
    }

    /** The stored rules in the serving space; the others are left out, and the log says so once. */
    private List<RewriteRule> usableRules(List<Rewrite> stored, RewriteScope scope, String space) {
        List<RewriteRule> into = new ArrayList<>();
        for (Rewrite r : stored) {
            if (r.embedding().isEmpty()) {
                continue; // never matched by similarity
            }
            Embedding e = r.embedding().get();
            if (!e.spaceId().equals(space)) {
                if (warned.add(r.user() + "|" + e.spaceId() + "|" + space)) {
                    LOG.warn("rewrites of {} stored in embedding space {} are not used: the serving encoder is in {}"
                            + " (stored embeddings are never compared across spaces)", r.user(), e.spaceId(), space);
                }
                continue;
            }
            into.add(new RewriteRule(scope, r.from(), e, r.to(), null));
        }
        return into;
    }
}
