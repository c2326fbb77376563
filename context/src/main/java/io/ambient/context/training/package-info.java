/**
 * Training data for the learned intent model: labelled sentences the project writes itself.
 *
 * <p>Use {@link io.ambient.context.training.TrainingSentenceGenerator} to produce
 * {@link io.ambient.context.training.LabeledSentence sentences} for a seed, then
 * {@link io.ambient.context.training.TrainingSet#of TrainingSet.of} to turn them into what the model
 * is trained on: the masked text the runtime's interpreter would show the model
 * ({@link io.ambient.context.nlu.Utterance#masked()}), deduplicated per label, with texts claimed by
 * two labels dropped, and a digest for the model manifest.
 *
 * <p>Where the words come from, all under {@code src/main/resources/training/}:
 * <ul>
 *   <li>{@code homes/}: small synthetic home files ({@link io.ambient.context.training.TrainingHomes});
 *       their device, area and floor names fill the name slots, so the model learns sentence patterns
 *       around placeholders rather than one home's names;</li>
 *   <li>{@code intents/<label>.txt}: templates per intent (and {@code _out_of_domain}); the syntax is
 *       described in {@link io.ambient.context.training.Template};</li>
 *   <li>{@code macros.txt}: shared alternatives ({@code $ON}: the verbs that switch something on);</li>
 *   <li>{@code values/<slot>.txt}: fillers for value slots ({@code {duration}}, {@code {item}}, ...);</li>
 *   <li>{@code paraphrase/}: politeness and hesitation prefixes and suffixes per sentence style.</li>
 * </ul>
 *
 * <p>Everything is deterministic for a seed: one {@link java.util.SplittableRandom} per label, split
 * from the seed in a fixed label order, and resources read in a fixed order. No state is static.
 */
package io.ambient.context.training;
