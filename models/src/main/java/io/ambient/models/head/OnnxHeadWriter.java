package io.ambient.models.head;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes a {@link TrainedHead} as an ONNX model, encoding the protobuf by hand (no ONNX library is needed to
 * write five operators). Field numbers are those of the public {@code onnx.proto}.
 *
 * <p>Graph: {@code embedding float[N,d] -> MatMul -> Add [-> Relu -> MatMul -> Add] -> Div(temperature) ->
 * Softmax(axis=-1) -> probabilities float[N,labels]}. IR version 8, opset 13. The label list is in the
 * model's metadata ({@value #LABELS_KEY}, a JSON array). The same head always gives the same bytes: no
 * timestamps, and every field is written in a fixed order.
 */
public final class OnnxHeadWriter {

    public static final String INPUT_NAME = "embedding";
    public static final String OUTPUT_NAME = "probabilities";
    public static final String LABELS_KEY = "labels";
    public static final String PRODUCER = "ambient-head-trainer";

    static final long IR_VERSION = 8;
    static final long OPSET = 13;
    private static final int FLOAT = 1;
    private static final int ATTRIBUTE_INT = 2;

    /** The model bytes, with only the labels in the metadata. */
    public byte[] write(TrainedHead head) {
        return write(head, Map.of());
    }

    /**
     * The model bytes. {@code extraMetadata} (e.g. the encoder id) is added to the metadata sorted by key; it
     * may not redefine {@value #LABELS_KEY}.
     */
    public byte[] write(TrainedHead head, Map<String, String> extraMetadata) {
        Objects.requireNonNull(head, "head");
        Checks.require(!extraMetadata.containsKey(LABELS_KEY), "metadata key '" + LABELS_KEY + "' is reserved");
        Map<String, String> metadata = new TreeMap<>(extraMetadata);
        metadata.put(LABELS_KEY, LabelsJson.write(head.labels()));
        ProtoWriter model = new ProtoWriter()
                .int64(1, IR_VERSION)
                .string(2, PRODUCER)
                .string(3, "1")
                .string(4, "io.ambient")
                .int64(5, 1)
                .message(7, graph(head))
                .message(8, new ProtoWriter().string(1, "").int64(2, OPSET));
        for (Map.Entry<String, String> e : metadata.entrySet()) {
            model.message(14, new ProtoWriter().string(1, e.getKey()).string(2, e.getValue()));
        }
        return model.toByteArray();
    }

    private static ProtoWriter graph(TrainedHead head) {
        List<ProtoWriter> nodes = new ArrayList<>();
        List<ProtoWriter> initializers = new ArrayList<>();
        String current = INPUT_NAME;
        for (int l = 0; l < head.layers().size(); l++) {
            DenseLayer layer = head.layers().get(l);
            String w = "W" + l;
            String b = "b" + l;
            initializers.add(tensor(w, new long[] {layer.inputs(), layer.outputs()}, layer.weights()));
            initializers.add(tensor(b, new long[] {layer.outputs()}, layer.biases()));
            nodes.add(node("MatMul", "matmul" + l, List.of(current, w), "matmul" + l + "_out"));
            nodes.add(node("Add", "add" + l, List.of("matmul" + l + "_out", b), "logits" + l));
            current = "logits" + l;
            if (layer.activation() == Activation.RELU) {
                nodes.add(node("Relu", "relu" + l, List.of(current), "hidden" + l));
                current = "hidden" + l;
            }
        }
        initializers.add(tensor("temperature", new long[0], new float[] {head.temperature()}));
        nodes.add(node("Div", "calibrate", List.of(current, "temperature"), "scaled_logits"));
        ProtoWriter softmax = node("Softmax", "softmax", List.of("scaled_logits"), OUTPUT_NAME);
        softmax.message(5, new ProtoWriter().string(1, "axis").int64(3, -1).int64(20, ATTRIBUTE_INT));
        nodes.add(softmax);

        ProtoWriter graph = new ProtoWriter();
        nodes.forEach(n -> graph.message(1, n));
        graph.string(2, "intent_head");
        initializers.forEach(t -> graph.message(5, t));
        graph.message(11, valueInfo(INPUT_NAME, head.inputSize()));
        graph.message(12, valueInfo(OUTPUT_NAME, head.labels().size()));
        return graph;
    }

    private static ProtoWriter node(String op, String name, List<String> inputs, String output) {
        ProtoWriter node = new ProtoWriter();
        inputs.forEach(i -> node.string(1, i));
        node.string(2, output);
        node.string(3, name);
        node.string(4, op);
        return node;
    }

    /** A float tensor with its values as little-endian raw_data, the compact form ONNX Runtime reads directly. */
    private static ProtoWriter tensor(String name, long[] dims, float[] values) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            raw.putFloat(v);
        }
        return new ProtoWriter()
                .packedInt64(1, dims)
                .int64(2, FLOAT)
                .string(8, name)
                .bytes(9, raw.array());
    }

    /** A float matrix value with a symbolic batch dimension "N" and a fixed width. */
    private static ProtoWriter valueInfo(String name, int width) {
        ProtoWriter shape = new ProtoWriter()
                .message(1, new ProtoWriter().string(2, "N"))
                .message(1, new ProtoWriter().int64(1, width));
        ProtoWriter tensorType = new ProtoWriter().int64(1, FLOAT).message(2, shape);
        return new ProtoWriter()
                .string(1, name)
                .message(2, new ProtoWriter().message(1, tensorType));
    }
}
