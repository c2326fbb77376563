package io.ambient.models.head;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random clusters on the unit sphere: a stand-in for sentence embeddings of different intents. */
final class SyntheticEmbeddings {

    private SyntheticEmbeddings() {
    }

    /**
     * {@code perClass} examples for each of {@code classes} labels in {@code dims} dimensions; {@code noise} is
     * the per-coordinate spread around each centre relative to the centre's unit length.
     */
    static TrainingData clusters(int classes, int perClass, int dims, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] centres = new float[classes][];
        for (int c = 0; c < classes; c++) {
            centres[c] = unit(gaussian(dims, random, 1.0));
        }
        float[][] x = new float[classes * perClass][];
        int[] y = new int[classes * perClass];
        for (int i = 0; i < x.length; i++) {
            int c = i % classes;
            float[] v = gaussian(dims, random, noise / Math.sqrt(dims) * Math.sqrt(dims));
            for (int j = 0; j < dims; j++) {
                v[j] = v[j] / (float) Math.sqrt(dims) + centres[c][j];
            }
            x[i] = unit(v);
            y[i] = c;
        }
        return TrainingData.of(x, y, labels(classes));
    }

    static List<String> labels(int classes) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add("intent_" + c);
        }
        return names;
    }

    private static float[] gaussian(int dims, SplittableRandom random, double sigma) {
        float[] v = new float[dims];
        for (int j = 0; j < dims; j++) {
            v[j] = (float) (random.nextGaussian() * sigma);
        }
        return v;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float f : v) {
            norm += f * f;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int j = 0; j < v.length; j++) {
            v[j] *= inv;
        }
        return v;
    }
}
