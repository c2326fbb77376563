package io.ambient.models.transform;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddingTransformTest {

    @Test
    void fit_recoversAKnownAffineMap() {
        SplittableRandom r = new SplittableRandom(7);
        int in = 12;
        int out = 8;
        float[][] w = new float[out][in];
        float[] b = new float[out];
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < in; i++) {
                w[o][i] = (float) r.nextGaussian();
            }
            b[o] = (float) r.nextGaussian();
        }
        float[][] x = new float[400][in];
        float[][] y = new float[400][out];
        for (int n = 0; n < x.length; n++) {
            for (int i = 0; i < in; i++) {
                x[n][i] = (float) r.nextGaussian();
            }
            for (int o = 0; o < out; o++) {
                double s = b[o];
                for (int i = 0; i < in; i++) {
                    s += w[o][i] * x[n][i];
                }
                y[n][o] = (float) s;
            }
        }
        EmbeddingTransform t = new LeastSquaresFit(0).fit(x, y, "new", "old");
        float[] expected = normalised(y[3]);
        float[] actual = t.apply(x[3]);
        for (int o = 0; o < out; o++) {
            assertEquals(expected[o], actual[o], 1e-4);
        }
        assertEquals("new", t.from());
        assertEquals("old", t.to());
    }

    @Test
    void bytes_roundTrip_andMalformedAreRefused() {
        EmbeddingTransform t = new EmbeddingTransform("a", "b", new float[][] {{1, 2}, {3, 4}, {5, 6}}, new float[] {0.5f, 0, -1});
        EmbeddingTransform back = EmbeddingTransform.fromBytes(t.toBytes(), "a", "b");
        assertArrayEquals(t.apply(new float[] {1, -1}), back.apply(new float[] {1, -1}));
        byte[] truncated = Arrays.copyOf(t.toBytes(), t.toBytes().length - 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmbeddingTransform.fromBytes(truncated, "a", "b"));
        assertTrue(e.getMessage().contains("bytes"), e.getMessage());
        byte[] wrongMagic = t.toBytes();
        wrongMagic[0] = 'X';
        assertThrows(IllegalArgumentException.class, () -> EmbeddingTransform.fromBytes(wrongMagic, "a", "b"));
        assertThrows(IllegalArgumentException.class, () -> t.apply(new float[] {1, 2, 3}));
    }

    private static float[] normalised(float[] v) {
        double n = 0;
        for (float f : v) {
            n += f * f;
        }
        float[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] /= (float) Math.sqrt(n);
        }
        return out;
    }
}
