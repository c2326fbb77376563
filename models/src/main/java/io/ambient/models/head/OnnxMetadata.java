package io.ambient.models.head;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads {@code ModelProto.metadata_props} (field 14) straight from ONNX bytes, skipping every other field
 * without decoding it. The runner uses it to find the label list without asking ONNX Runtime, and to check
 * that a package's manifest and its model agree.
 */
final class OnnxMetadata {

    private static final int METADATA_PROPS = 14;

    private final byte[] bytes;
    private int position;
    private final int end;

    private OnnxMetadata(byte[] bytes, int start, int end) {
        this.bytes = bytes;
        this.position = start;
        this.end = end;
    }

    /** Key-value metadata of an ONNX model; empty when it has none. */
    static Map<String, String> read(byte[] model) {
        OnnxMetadata reader = new OnnxMetadata(model, 0, model.length);
        Map<String, String> out = new TreeMap<>();
        while (reader.position < reader.end) {
            long tag = reader.varint();
            int field = (int) (tag >>> 3);
            int wireType = (int) (tag & 7);
            if (field == METADATA_PROPS && wireType == 2) {
                int length = reader.length();
                reader.entry(reader.position, reader.position + length, out);
                reader.position += length;
            } else {
                reader.skip(wireType);
            }
        }
        return out;
    }

    private void entry(int from, int to, Map<String, String> out) {
        OnnxMetadata entry = new OnnxMetadata(bytes, from, to);
        String key = "";
        String value = "";
        while (entry.position < entry.end) {
            long tag = entry.varint();
            if ((tag & 7) != 2) {
                entry.skip((int) (tag & 7));
                continue;
            }
            int length = entry.length();
            String text = new String(bytes, entry.position, length, StandardCharsets.UTF_8);
            entry.position += length;
            if ((tag >>> 3) == 1) {
                key = text;
            } else if ((tag >>> 3) == 2) {
                value = text;
            }
        }
        out.put(key, value);
    }

    private void skip(int wireType) {
        switch (wireType) {
            case 0 -> varint();
            case 1 -> advance(8);
            case 2 -> advance(length());
            case 5 -> advance(4);
            default -> throw new IllegalArgumentException("not an ONNX model: wire type " + wireType + " at byte " + position);
        }
    }

    private int length() {
        long length = varint();
        if (length < 0 || length > end - position) {
            throw new IllegalArgumentException("not an ONNX model: a field runs past the end at byte " + position);
        }
        return (int) length;
    }

    private void advance(int count) {
        if (count > end - position) {
            throw new IllegalArgumentException("not an ONNX model: truncated at byte " + position);
        }
        position += count;
    }

    private long varint() {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (position >= end) {
                throw new IllegalArgumentException("not an ONNX model: truncated varint at byte " + position);
            }
            int b = bytes[position++] & 0xFF;
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new IllegalArgumentException("not an ONNX model: varint too long at byte " + position);
    }
}
