package io.ambient.models.transform;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A synthetic world where least squares cannot help retrieval but contrastive refinement can: every sentence is
 * a meaning (shared by its paraphrase group) plus a wording (its own). The old encoder mixes both, wording
 * louder, so paraphrases are hard to retrieve in the old space; the new encoder sees both apart. Least squares
 * reproduces the old vectors faithfully, wording included, so its retrieval is the old encoder's; refinement
 * learns to lean on the meaning.
 */
class ParaphraseAlignmentTest {
    private static final int MEANING = 8;
    private static final int WORDING = 8;
    private static final int MEMBERS = 4;

    private final Random world = new Random(11);
    private final double[][] oldMix = matrix(MEANING + WORDING, MEANING + WORDING, world);
    private final double[][] newMix = matrix(MEANING + WORDING, MEANING + WORDING, world);

    @Test
    void refinementRetrievesParaphrasesBetterThanLeastSquares() {
        Sample train = sample(400, new Random(1));
        Sample test = sample(100, new Random(2));
        EmbeddingTransform ls = new LeastSquaresFit(1e-6).fit(train.x, train.y, "new", "old");
        ParaphraseAlignment.Result refined = new ParaphraseAlignment(
                new ParaphraseAlignment.Options(15, 64, 0.1, 0.2, 3e-3, 0.1, 5)).refine(ls, train.x, train.y, train.groups, null);

        double oldVsOld = retrieval(test, null);
        double leastSquares = retrieval(test, ls);
        double after = retrieval(test, refined.transform());
        assertTrue(Math.abs(leastSquares - oldVsOld) < 0.1, "least squares should retrieve like the old encoder: "
                + leastSquares + " vs " + oldVsOld);
        assertTrue(after > oldVsOld + 0.1, "refined " + after + " should clearly beat old-vs-old " + oldVsOld);
        assertTrue(refined.epoch() > 0 && refined.heldOutRetrieval() > refined.startRetrieval(),
                "the kept epoch improved on held-out groups: " + refined);
        assertEquals("new", refined.transform().from());
        assertEquals("old", refined.transform().to());
    }

    @Test
    void rejectsMismatchedInputs() {
        Sample s = sample(20, new Random(3));
        EmbeddingTransform ls = new LeastSquaresFit(1e-3).fit(s.x, s.y, "new", "old");
        ParaphraseAlignment alignment = new ParaphraseAlignment(ParaphraseAlignment.Options.defaults());
        assertThrows(IllegalArgumentException.class, () -> alignment.refine(ls, s.x, s.y, new int[3], null));
        assertThrows(IllegalArgumentException.class, () -> new ParaphraseAlignment.Options(1, 1, 0.05, 1, 1e-3, 0.1, 1));
    }

    /** Share of groups whose first member, mapped, finds the old vector of its second member. */
    private static double retrieval(Sample s, EmbeddingTransform t) {
        int groups = s.x.length / MEMBERS;
        int hits = 0;
        for (int g = 0; g < groups; g++) {
            float[] q = t == null ? unit(s.y[g * MEMBERS]) : t.apply(s.x[g * MEMBERS]);
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int h = 0; h < groups; h++) {
                float[] k = unit(s.y[h * MEMBERS + 1]);
                double d = 0;
                for (int i = 0; i < q.length; i++) {
                    d += q[i] * k[i];
                }
                if (d > bestScore) {
                    bestScore = d;
                    best = h;
                }
            }
            hits += best == g ? 1 : 0;
        }
        return hits / (double) groups;
    }

    private record Sample(float[][] x, float[][] y, int[] groups) { }

    private Sample sample(int groups, Random random) {
        int n = groups * MEMBERS;
        float[][] x = new float[n][];
        float[][] y = new float[n][];
        int[] g = new int[n];
        for (int grp = 0; grp < groups; grp++) {
            double[] meaning = gaussian(MEANING, random, 1.0);
            for (int m = 0; m < MEMBERS; m++) {
                double[] wording = gaussian(WORDING, random, 1.0);
                double[] both = new double[MEANING + WORDING];
                System.arraycopy(meaning, 0, both, 0, MEANING);
                System.arraycopy(wording, 0, both, MEANING, WORDING);
                int row = grp * MEMBERS + m;
                x[row] = times(newMix, both);
                y[row] = times(oldMix, both);
                g[row] = grp;
            }
        }
        return new Sample(x, y, g);
    }

    private static double[][] matrix(int rows, int cols, Random random) {
        double[][] m = new double[rows][];
        for (int r = 0; r < rows; r++) {
            m[r] = gaussian(cols, random, 1.0);
        }
        return m;
    }

    private static double[] gaussian(int n, Random random, double scale) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian() * scale;
        }
        return v;
    }

    private static float[] times(double[][] m, double[] v) {
        float[] out = new float[m.length];
        for (int r = 0; r < m.length; r++) {
            double s = 0;
            for (int c = 0; c < v.length; c++) {
                s += m[r][c] * v[c];
            }
            out[r] = (float) s;
        }
        return out;
    }

    private static float[] unit(float[] v) {
        return ParaphraseAlignment.unitRows(new float[][] {v})[0];
    }
}
