package io.ambient.models.head;

import io.ambient.models.onnx.OnnxRuntimeAdapter;
import io.ambient.models.onnx.OnnxSession;
import io.ambient.models.onnx.TensorSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A trained intent head served by ONNX Runtime (through {@link OnnxRuntimeAdapter}): sentence embedding in,
 * calibrated probability per label out, in label order.
 *
 * <p>Thread-safe: runs go to one {@link OnnxSession}. {@link #close()} waits for runs in flight.
 */
public final class OnnxIntentHead implements AutoCloseable {

    private final OnnxSession session;
    private final List<String> labels;
    private final int inputSize;

    private OnnxIntentHead(OnnxSession session, List<String> labels, int inputSize) {
        this.session = session;
        this.labels = labels;
        this.inputSize = inputSize;
    }

    /** Loads a head whose labels are in its metadata (as {@link OnnxHeadWriter} writes them). */
    public static OnnxIntentHead load(OnnxRuntimeAdapter adapter, byte[] model, String name) {
        String labels = OnnxMetadata.read(model).get(OnnxHeadWriter.LABELS_KEY);
        Checks.require(labels != null, "model '" + name + "' has no '" + OnnxHeadWriter.LABELS_KEY + "' metadata");
        return load(adapter, model, name, LabelsJson.read(labels));
    }

    /**
     * Loads a head with the labels given by its manifest. If the model also carries labels, they must be the
     * same list: a package whose manifest and model disagree would answer with the wrong intent names.
     */
    public static OnnxIntentHead load(OnnxRuntimeAdapter adapter, byte[] model, String name, List<String> labels) {
        Objects.requireNonNull(adapter, "adapter");
        Objects.requireNonNull(model, "model");
        List<String> expected = List.copyOf(labels);
        String embedded = OnnxMetadata.read(model).get(OnnxHeadWriter.LABELS_KEY);
        Checks.require(embedded == null || LabelsJson.read(embedded).equals(expected),
                "model '" + name + "' carries labels " + embedded + " but " + expected + " were expected");
        OnnxSession session = adapter.load(model, name);
        try {
            int width = checkSchema(session, expected.size());
            return new OnnxIntentHead(session, expected, width);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** The embedding width, after checking the graph has the input and output a head must have. */
    private static int checkSchema(OnnxSession session, int labelCount) {
        TensorSpec in = session.schema().input(OnnxHeadWriter.INPUT_NAME).orElseThrow(() ->
                new IllegalArgumentException("model '" + session.name() + "' has no input '" + OnnxHeadWriter.INPUT_NAME + "'"));
        TensorSpec out = session.schema().output(OnnxHeadWriter.OUTPUT_NAME).orElseThrow(() ->
                new IllegalArgumentException("model '" + session.name() + "' has no output '" + OnnxHeadWriter.OUTPUT_NAME + "'"));
        Checks.require(in.rank() == 2 && in.dimension(1) > 0,
                "model '" + session.name() + "' input must be [N, d], was " + in);
        Checks.require(out.rank() == 2 && out.dimension(1) == labelCount,
                "model '" + session.name() + "' output must be [N, " + labelCount + "], was " + out);
        return (int) in.dimension(1);
    }

    public List<String> labels() {
        return labels;
    }

    public int inputSize() {
        return inputSize;
    }

    /** Probabilities for one embedding, in {@link #labels()} order. */
    public float[] probabilities(float[] embedding) {
        return probabilities(new float[][] {embedding})[0];
    }

    /** Probabilities for each embedding of a batch. */
    public float[][] probabilities(float[][] embeddings) {
        Objects.requireNonNull(embeddings, "embeddings");
        Checks.require(embeddings.length > 0, "the batch is empty");
        for (float[] row : embeddings) {
            Checks.require(row != null && row.length == inputSize,
                    "each embedding must have " + inputSize + " values");
        }
        return session.runFloat(Map.of(OnnxHeadWriter.INPUT_NAME, embeddings), OnnxHeadWriter.OUTPUT_NAME);
    }

    @Override
    public void close() {
        session.close();
    }

    @Override
    public String toString() {
        return "OnnxIntentHead[" + session.name() + ", " + labels.size() + " labels, d=" + inputSize + "]";
    }
}
