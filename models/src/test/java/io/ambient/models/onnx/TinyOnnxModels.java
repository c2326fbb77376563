package io.ambient.models.onnx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds tiny ONNX graphs in memory by writing the protobuf wire format by hand, so the adapter can be tested
 * on float-in/float-out graphs (the shape of an intent head) without a checked-in binary.
 */
public final class TinyOnnxModels {

    private static final int FLOAT = 1;

    private TinyOnnxModels() {
    }

    /** A graph {@code probabilities = Softmax(embedding)} over a [batch, width] float input (opset 13). */
    public static byte[] softmax(String input, String output, int width) {
        byte[] node = concat(string(1, input), string(2, output), string(3, "softmax"), string(4, "Softmax"));
        byte[] graph = concat(
                message(1, node),
                string(2, "tiny-head"),
                message(11, valueInfo(input, width)),
                message(12, valueInfo(output, width)));
        byte[] opset = concat(string(1, ""), varintField(2, 13));
        return concat(varintField(1, 8), message(8, opset), message(7, graph));
    }

    private static byte[] valueInfo(String name, int width) {
        byte[] batch = string(2, "batch");
        byte[] columns = varintField(1, width);
        byte[] shape = concat(message(1, batch), message(1, columns));
        byte[] tensorType = concat(varintField(1, FLOAT), message(2, shape));
        return concat(string(1, name), message(2, message(1, tensorType)));
    }

    private static byte[] string(int field, String value) {
        return message(field, value.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] message(int field, byte[] body) {
        return concat(varint((field << 3) | 2), varint(body.length), body);
    }

    private static byte[] varintField(int field, long value) {
        return concat(varint(field << 3), varint(value));
    }

    private static byte[] varint(long value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.write((int) ((rest & 0x7F) | 0x80));
            rest >>>= 7;
        }
        out.write((int) rest);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
