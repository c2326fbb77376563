package io.ambient.models.transform;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * {@code y = W x + b}: maps vectors of space {@code from} (width {@code inputs}) into space {@code to} (width
 * {@code outputs}). The result is L2-normalised by {@link #apply}, since every stored embedding is a unit
 * vector and retrieval compares dot products.
 *
 * <p>File format ({@value #FILE}, little-endian): the 8 ASCII bytes {@code AMBXFRM1}, int outputs, int inputs,
 * then {@code outputs * inputs} float32 weights row by row, then {@code outputs} float32 biases. The space ids
 * are not in the file: the package manifest says them (its encoder's space and its embeddingSpaceId).
 */
public final class EmbeddingTransform {
    /** The transform's file name inside a model package. */
    public static final String FILE = "space-transform.bin";
    private static final byte[] MAGIC = "AMBXFRM1".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_WIDTH = 4096;

    private final String from;
    private final String to;
    private final float[][] weights;
    private final float[] bias;

    public EmbeddingTransform(String from, String to, float[][] weights, float[] bias) {
        this.from = requireText(from, "from");
        this.to = requireText(to, "to");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(bias, "bias");
        if (weights.length == 0 || weights.length != bias.length) {
            throw new IllegalArgumentException("a transform needs as many biases as weight rows, had "
                    + weights.length + " rows and " + bias.length + " biases");
        }
        int inputs = weights[0].length;
        for (float[] row : weights) {
            if (row.length != inputs || inputs == 0) {
                throw new IllegalArgumentException("every weight row must have " + inputs + " > 0 values");
            }
            requireFinite(row);
        }
        requireFinite(bias);
        this.weights = Arrays.stream(weights).map(float[]::clone).toArray(float[][]::new);
        this.bias = bias.clone();
    }

    public String from() {
        return from;
    }

    public String to() {
        return to;
    }

    public int inputs() {
        return weights[0].length;
    }

    public int outputs() {
        return weights.length;
    }

    /** A copy of the weights, one row per output. */
    public float[][] weights() {
        float[][] copy = new float[weights.length][];
        for (int o = 0; o < weights.length; o++) {
            copy[o] = weights[o].clone();
        }
        return copy;
    }

    /** A copy of the biases, one per output. */
    public float[] bias() {
        return bias.clone();
    }

    /** Maps one vector and L2-normalises the result. */
    public float[] apply(float[] x) {
        if (x.length != inputs()) {
            throw new IllegalArgumentException("the transform from " + from + " takes " + inputs()
                    + " values, got " + x.length);
        }
        float[] y = new float[outputs()];
        double norm = 0;
        for (int o = 0; o < y.length; o++) {
            float[] row = weights[o];
            double s = bias[o];
            for (int i = 0; i < row.length; i++) {
                s += (double) row[i] * x[i];
            }
            y[o] = (float) s;
            norm += s * s;
        }
        if (norm > 0) {
            float inv = (float) (1 / Math.sqrt(norm));
            for (int o = 0; o < y.length; o++) {
                y[o] *= inv;
            }
        }
        return y;
    }

    public byte[] toBytes() {
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 8 + 4 * outputs() * (inputs() + 1)).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC).putInt(outputs()).putInt(inputs());
        for (float[] row : weights) {
            for (float w : row) {
                b.putFloat(w);
            }
        }
        for (float v : bias) {
            b.putFloat(v);
        }
        return b.array();
    }

    /** @throws IllegalArgumentException the bytes are not a transform file (with what is wrong) */
    public static EmbeddingTransform fromBytes(byte[] bytes, String from, String to) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < MAGIC.length + 8 || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new IllegalArgumentException(FILE + " does not start with " + new String(MAGIC, StandardCharsets.US_ASCII));
        }
        b.position(MAGIC.length);
        int outputs = b.getInt();
        int inputs = b.getInt();
        if (outputs < 1 || inputs < 1 || outputs > MAX_WIDTH || inputs > MAX_WIDTH) {
            throw new IllegalArgumentException(FILE + " declares " + outputs + "x" + inputs + ", outside 1.." + MAX_WIDTH);
        }
        long expected = MAGIC.length + 8 + 4L * outputs * (inputs + 1);
        if (bytes.length != expected) {
            throw new IllegalArgumentException(FILE + " has " + bytes.length + " bytes, a " + outputs + "x" + inputs
                    + " transform needs " + expected);
        }
        float[][] w = new float[outputs][inputs];
        for (float[] row : w) {
            for (int i = 0; i < inputs; i++) {
                row[i] = b.getFloat();
            }
        }
        float[] bias = new float[outputs];
        for (int o = 0; o < outputs; o++) {
            bias[o] = b.getFloat();
        }
        return new EmbeddingTransform(from, to, w, bias);
    }

    private static void requireFinite(float[] values) {
        for (float v : values) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("a transform's weights must be finite");
            }
        }
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " space id must not be blank");
        }
        return value;
    }

    @Override
    public String toString() {
        return "EmbeddingTransform[" + from + " -> " + to + ", " + outputs() + "x" + inputs() + "]";
    }
}
