package io.ambient.teachable.rephrase;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AbsorbingMarkovChainTest {
    private static final double EPS = 1e-12;

    /**
     * The drunkard's walk on 0..4 with absorbing ends and p = 1/2, transient states 1, 2, 3. By hand:
     * N = [[3/2, 1, 1/2], [1, 2, 1], [1/2, 1, 3/2]], B = N R = [[3/4, 1/4], [1/2, 1/2], [1/4, 3/4]], t = [3, 4, 3].
     */
    @Test
    void drunkardsWalk_matchesHandComputedMatrices() {
        double[][] q = {{0, 0.5, 0}, {0.5, 0, 0.5}, {0, 0.5, 0}};
        double[][] r = {{0.5, 0}, {0, 0}, {0, 0.5}};
        AbsorbingMarkovChain chain = AbsorbingMarkovChain.of(q, r);

        double[][] n = chain.fundamentalMatrix();
        assertRows(new double[][]{{1.5, 1, 0.5}, {1, 2, 1}, {0.5, 1, 1.5}}, n);
        assertRows(new double[][]{{0.75, 0.25}, {0.5, 0.5}, {0.25, 0.75}}, chain.absorptionProbabilities());
        assertArrayEquals(new double[]{3, 4, 3}, chain.expectedStepsToAbsorption(), EPS);
    }

    /**
     * A rephrase-shaped chain: f1 -> f2 (1/2), f1 -> s1 (1/4), f1 -> gave up (1/4); f2 -> f2 (1/5, the same words
     * again), f2 -> s2 (4/5). By hand: from f2 absorption in s2 is certain (0.8 / (1 - 0.2)), N[f2][f2] = 1.25;
     * N[f1][f2] = 0.5 * 1.25 = 0.625, so B[f1] = [0.25, 0.625 * 0.8, 0.25] = [0.25, 0.5, 0.25].
     */
    @Test
    void rephraseChain_creditsSuccessReachedThroughAnotherFailure() {
        double[][] q = {{0, 0.5}, {0, 0.2}};
        double[][] r = {{0.25, 0, 0.25}, {0, 0.8, 0}};
        AbsorbingMarkovChain chain = AbsorbingMarkovChain.of(q, r);

        assertRows(new double[][]{{1, 0.625}, {0, 1.25}}, chain.fundamentalMatrix());
        assertRows(new double[][]{{0.25, 0.5, 0.25}, {0, 1, 0}}, chain.absorptionProbabilities());
        assertArrayEquals(new double[]{1.625, 1.25}, chain.expectedStepsToAbsorption(), EPS);
    }

    @Test
    void of_rowNotSummingToOne_throwsNamingTheRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AbsorbingMarkovChain.of(new double[][]{{0.5}}, new double[][]{{0.4}}));
        assertTrue(e.getMessage().contains("row 0"), e.getMessage());
    }

    @Test
    void of_stateThatNeverAbsorbs_throws() {
        // state 0 and 1 only lead to each other: I - Q is singular
        double[][] q = {{0, 1}, {1, 0}};
        double[][] r = {{0}, {0}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AbsorbingMarkovChain.of(q, r));
        assertTrue(e.getMessage().contains("never reaches an absorbing state"), e.getMessage());
    }

    @Test
    void of_negativeProbability_throws() {
        assertThrows(IllegalArgumentException.class,
                () -> AbsorbingMarkovChain.of(new double[][]{{-0.1}}, new double[][]{{1.1}}));
    }

    @Test
    void inverse_ofRandomWellConditionedMatrix_timesMatrixIsIdentity() {
        double[][] m = {{4, 1, 2, 0.5}, {1, 5, 0, 1}, {2, 0, 6, 1}, {0.5, 1, 1, 3}};
        double[][] product = DenseMatrices.multiply(m, DenseMatrices.inverse(m));
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(i == j ? 1 : 0, product[i][j], 1e-12);
            }
        }
    }

    private static void assertRows(double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            assertArrayEquals(expected[i], actual[i], EPS, "row " + i);
        }
    }
}
