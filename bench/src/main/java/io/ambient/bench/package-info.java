/**
 * JMH benchmarks of understanding one turn, run with {@code ./ambient jmh} (docs/benchmarks.md tells how
 * and what was measured). {@link io.ambient.bench.TurnUnderstandingBenchmark} times the whole
 * understanding stage the runtime serves (text -> interpretation: masking, encoder, intent head, slot
 * filling, contextual resolution) and its parts alone, over the development evaluation cases in the
 * contexts they describe.
 *
 * <p>The states load everything outside the measured methods: {@link io.ambient.bench.LoadedUnderstanding}
 * opens the built-in intent model as the runtime's {@code IntentModelLoader} does and prepares the cases
 * with the evaluation's own code ({@code context.eval.Evaluation#prepare});
 * {@link io.ambient.bench.HeadOnly} adds a second session of the intent head and the cases' embeddings.
 * Both close their native ONNX Runtime sessions on tear-down.
 */
package io.ambient.bench;
