/**
 * Self-learning from rephrases, without labelling: when someone rephrases a request that failed, the runtime
 * learns which phrasing works and proposes it next time.
 *
 * <ol>
 *   <li>{@link io.ambient.teachable.rephrase.InteractionRecord} / {@link io.ambient.teachable.rephrase.InteractionLogFormat}:
 *       the interaction log, JSON Lines (time, user, site, text, outcome, intent);</li>
 *   <li>{@link io.ambient.teachable.rephrase.RephraseDetector}: groups each user's turns into
 *       {@link io.ambient.teachable.rephrase.RephraseChain}s (a request, then its rephrases within a minute of a
 *       failure, similar by {@link io.ambient.teachable.rephrase.RephraseSimilarity}: sentence embedding plus
 *       word overlap);</li>
 *   <li>{@link io.ambient.teachable.rephrase.RewriteMiner}: clusters failed and successful phrasings into the
 *       transient and absorbing states of an {@link io.ambient.teachable.rephrase.AbsorbingMarkovChain} and turns
 *       absorption probabilities into {@link io.ambient.teachable.rephrase.MinedRewrite}s, personal and household;</li>
 *   <li>{@link io.ambient.teachable.rephrase.RewriteTable}: the run-time lookup by embedding similarity
 *       (personal first, never over a taught phrase: {@link io.ambient.teachable.rephrase.TaughtPhrases});</li>
 *   <li>{@link io.ambient.teachable.rephrase.RewriteMining} and {@link io.ambient.teachable.rephrase.RewriteReplay}:
 *       the offline run behind {@code ./ambient rewrites mine}, with win/loss on a held-back part of the log;</li>
 *   <li>{@link io.ambient.teachable.rephrase.SyntheticInteractionLog}: a deterministic simulated household's log,
 *       for tests and benchmarks.</li>
 * </ol>
 *
 * <p>Plain Java; the encoder comes in as a {@link io.ambient.models.text.SentenceEncoder} through
 * {@link io.ambient.teachable.rephrase.EmbeddingCache}, and every stored embedding keeps its space id.
 */
package io.ambient.teachable.rephrase;
