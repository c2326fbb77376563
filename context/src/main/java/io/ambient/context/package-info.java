/**
 * Context and contextual interpretation.
 *
 * <p>A {@link io.ambient.context.ContextSnapshot} is everything a turn may take into account besides its
 * words: the speaker's site and area, the home with every device's state, the time, the user and the
 * site's recent turns. It is immutable and made once per turn.
 *
 * <p>Understanding turns text into ranked {@link io.ambient.context.Hypothesis hypotheses}
 * ({@link io.ambient.context.Understander}); a {@link io.ambient.context.ContextResolver} fuses them with
 * the snapshot into an {@link io.ambient.context.Interpretation}: resolved (intent, slots, target
 * entities), a question back, or "not understood". Each interpretation names the context signals that
 * changed the decision.
 *
 * <p>{@link io.ambient.context.Intents} lists the intent names produced; {@link io.ambient.context.Cues}
 * carries word-level hints (everywhere, "it", up/down, unknown words) from understanding to resolution.
 * Implementations: {@code nlu.RuleBasedUnderstander}, {@code resolve.DefaultContextResolver}; offline
 * evaluation in {@code eval}.
 */
package io.ambient.context;
