package io.ambient.models.onnx;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A loaded ONNX graph, ready to run. Obtain one from {@link OnnxRuntimeAdapter}; close it when the model is
 * retired.
 *
 * <p>Runs are thread-safe: any number of threads may call {@code run} at once on one session. {@link #close()}
 * waits for runs already in flight to finish, then frees the native session; runs started after that throw
 * {@link IllegalStateException}. That makes a hot swap safe: publish the new session, then close the old one.
 */
public interface OnnxSession extends AutoCloseable {

    /** The name given at load time (a file path, a resource or a caller's label); used in messages. */
    String name();

    /** The graph's declared inputs and outputs. */
    ModelSchema schema();

    /**
     * Runs the graph.
     *
     * @param inputs      every input the graph declares, by name
     * @param outputNames the float outputs wanted, by name
     * @return the requested outputs, by name, in the order asked
     * @throws IllegalArgumentException an unknown or missing input, a type or rank the graph does not declare,
     *                                  or an unknown output name
     * @throws InferenceException       ONNX Runtime failed, or an output is not a float tensor
     * @throws IllegalStateException    the session is closed
     */
    Map<String, FloatTensor> run(Map<String, ? extends InputTensor> inputs, Collection<String> outputNames);

    /** Runs the graph and returns one float output. */
    default FloatTensor run(Map<String, ? extends InputTensor> inputs, String outputName) {
        return run(inputs, List.of(outputName)).get(outputName);
    }

    /**
     * Convenience for graphs that map float matrices to a float matrix, such as a classification head:
     * {@code float[][] p = session.runFloat(Map.of("embedding", batch), "probabilities")}.
     */
    default float[][] runFloat(Map<String, float[][]> inputs, String outputName) {
        Map<String, InputTensor> tensors = new LinkedHashMap<>();
        inputs.forEach((name, rows) -> tensors.put(name, InputTensor.Float32.of(rows)));
        return run(tensors, outputName).toMatrix();
    }

    /** Whether {@link #close()} has not been called yet. */
    boolean isOpen();

    /** Frees the native session after in-flight runs finish. Idempotent. */
    @Override
    void close();
}
