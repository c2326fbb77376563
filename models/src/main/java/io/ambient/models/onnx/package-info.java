/**
 * Running ONNX graphs on ONNX Runtime, behind plain Java types.
 *
 * <p>{@link io.ambient.models.onnx.OnnxRuntimeAdapter} is the only class in the project's main code that imports
 * {@code ai.onnxruntime}. Everything else (the sentence encoder, the intent head runner) loads and runs graphs
 * through it and sees only this package's types:
 *
 * <ul>
 *   <li>{@link io.ambient.models.onnx.OnnxSession}: a loaded graph; thread-safe runs; {@code close()} waits for
 *       in-flight runs, so a hot swap never frees a session under a running inference;</li>
 *   <li>{@link io.ambient.models.onnx.InputTensor}: int64 or float32 inputs (flat data plus shape, or a matrix);</li>
 *   <li>{@link io.ambient.models.onnx.FloatTensor}: a float output copied to the Java heap;</li>
 *   <li>{@link io.ambient.models.onnx.ModelSchema} / {@link io.ambient.models.onnx.TensorSpec}: declared
 *       inputs and outputs, for checking that a graph is the one a manifest describes;</li>
 *   <li>{@link io.ambient.models.onnx.ModelLoadException}: a missing, unreadable or invalid model (the message
 *       names it and says why); {@link io.ambient.models.onnx.InferenceException}: a run failed inside ONNX
 *       Runtime. Argument mistakes are {@link java.lang.IllegalArgumentException}s naming the input.</li>
 * </ul>
 *
 * <p>Typical use, for a classification head over a sentence embedding:
 *
 * <pre>{@code
 * OnnxRuntimeAdapter adapter = new OnnxRuntimeAdapter();          // 1 intra-op thread; or new OnnxRuntimeAdapter(2)
 * try (OnnxSession head = adapter.load(modelBytes, "intent-head 3.1.0")) {
 *     TensorSpec out = head.schema().output("probabilities").orElseThrow();   // check width against labels
 *     float[][] p = head.runFloat(Map.of("embedding", new float[][] {vector}), "probabilities");
 * }
 * }</pre>
 *
 * <p>Graphs with int64 inputs or several outputs use the general form:
 *
 * <pre>{@code
 * Map<String, FloatTensor> out = session.run(
 *         Map.of("input_ids", InputTensor.Int64.of(ids), "attention_mask", InputTensor.Int64.of(mask)),
 *         List.of("last_hidden_state"));
 * float[][][] hidden = out.get("last_hidden_state").toCube();
 * }</pre>
 *
 * <p>Loading: {@code load(byte[], name)}, {@code loadFile(Path)}, {@code loadResource(String)}. The adapter's
 * sessions use sequential execution, one inter-op thread, full graph optimisation and the configured number
 * of intra-op threads (default 1, sized for a 2-4 core hub). Closing the adapter closes the sessions it opened
 * that are still open; it never closes ONNX Runtime's process-wide environment.
 */
package io.ambient.models.onnx;
