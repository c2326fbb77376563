package io.ambient.models.head;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The protobuf wire format, just the parts an ONNX model needs: varints, length-delimited fields (strings,
 * bytes, nested messages) and packed int64s. Fields are written in the order the caller writes them, which
 * is what makes the output bytes deterministic.
 */
final class ProtoWriter {

    private static final int VARINT = 0;
    private static final int LENGTH_DELIMITED = 2;
    private static final int FIXED32 = 5;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    ProtoWriter int64(int field, long value) {
        tag(field, VARINT);
        varint(value);
        return this;
    }

    ProtoWriter string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    ProtoWriter bytes(int field, byte[] value) {
        tag(field, LENGTH_DELIMITED);
        varint(value.length);
        out.writeBytes(value);
        return this;
    }

    ProtoWriter message(int field, ProtoWriter nested) {
        return bytes(field, nested.toByteArray());
    }

    ProtoWriter float32(int field, float value) {
        tag(field, FIXED32);
        int bits = Float.floatToIntBits(value);
        for (int i = 0; i < 4; i++) {
            out.write(bits >>> (8 * i));
        }
        return this;
    }

    /** A packed repeated int64 (e.g. TensorProto.dims). An empty list writes nothing, as protobuf does. */
    ProtoWriter packedInt64(int field, long[] values) {
        if (values.length == 0) {
            return this;
        }
        ProtoWriter packed = new ProtoWriter();
        for (long v : values) {
            packed.varint(v);
        }
        return bytes(field, packed.toByteArray());
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    private void tag(int field, int wireType) {
        varint(((long) field << 3) | wireType);
    }

    /** Base-128 varint; negative int64s take ten bytes, as in protobuf. */
    private void varint(long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
