/**
 * Understanding: text to ranked {@link io.ambient.context.Hypothesis hypotheses}, before context.
 *
 * <p>Use {@link io.ambient.context.nlu.RuleBasedUnderstander} (thread-safe, one per application). It
 * runs four steps, each replaceable on its own:
 * <ol>
 *   <li>{@link io.ambient.context.nlu.Normalizer}: case, punctuation, contractions, fillers;</li>
 *   <li>{@link io.ambient.context.nlu.Analysis}: the home's words ({@link io.ambient.context.nlu.Vocabulary},
 *       cached per home layout by {@link io.ambient.context.nlu.VocabularyCache}) and quantities
 *       (numbers, percentages, temperatures, durations, colours) as non-overlapping
 *       {@link io.ambient.context.nlu.Span spans}, longest first; the masked text replaces them by
 *       placeholders such as {@code <kind:light>} or {@code <area>};</li>
 *   <li>an {@link io.ambient.context.nlu.IntentScorer} ranks intents from the masked text. The
 *       {@link io.ambient.context.nlu.KeywordIntentScorer} is the first one; a trained model replaces
 *       it by implementing the same interface (the constructor
 *       {@code new RuleBasedUnderstander(IntentScorer)}), with no change to slot filling or resolution;</li>
 *   <li>slot filling per intent, following docs/interpretation-conventions.md: canonical names,
 *       {@code domain}/{@code device_class} for kind words, numbers as numbers, plus the entity ids the
 *       words named ({@code mentions}) and {@link io.ambient.context.Cues cues} for the resolver.</li>
 * </ol>
 *
 * <p>Reading rules worth knowing: a name made only of a kind, or of an area and a kind ("Heater",
 * "Kitchen Light") reads as kind + area; a part of a name that includes its last word ("the lamp")
 * names every device it fits; a part without it ("the reading one") counts only in answers to a
 * question.
 */
package io.ambient.context.nlu;
