package io.ambient.models.head;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.SemanticVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeadTrainerTest {

    private static final HeadTrainingOptions FAST = HeadTrainingOptions.defaults().withEpochs(15).withBatchSize(64);

    @Test
    void train_separableClusters_reachesFullAccuracy() {
        TrainingData data = SyntheticEmbeddings.clusters(8, 60, 384, 1.0, 1);
        TrainingResult result = new HeadTrainer(FAST).train(data);
        assertEquals(1.0, result.trainAccuracy(), 1e-9);
        assertEquals(1.0, result.validationAccuracy(), 1e-9);
        assertEquals(0, result.head().hiddenSize());
    }

    @Test
    void train_fullBatch_reachesFullAccuracy() {
        TrainingData data = SyntheticEmbeddings.clusters(5, 40, 384, 1.0, 10);
        TrainingResult result = new HeadTrainer(FAST.withBatchSize(0).withEpochs(60).withLearningRate(0.05)).train(data);
        assertEquals(1.0, result.validationAccuracy(), 1e-9);
    }

    @Test
    void train_hiddenLayer_reachesFullAccuracyWithReluLayer() {
        TrainingData data = SyntheticEmbeddings.clusters(8, 60, 384, 1.0, 2);
        TrainingResult result = new HeadTrainer(FAST.withHiddenSize(32)).train(data);
        assertEquals(1.0, result.validationAccuracy(), 1e-9);
        assertEquals(32, result.head().hiddenSize());
        assertEquals(Activation.RELU, result.head().layers().get(0).activation());
    }

    @Test
    void train_sameSeedTwice_identicalWeightsOnnxBytesAndManifestDigest(@TempDir Path dir) throws Exception {
        TrainingData data = SyntheticEmbeddings.clusters(6, 40, 384, 2.0, 3);
        HeadTrainingOptions options = FAST.withHiddenSize(16).withSeed(99);
        TrainedHead first = new HeadTrainer(options).train(data).head();
        TrainedHead second = new HeadTrainer(options).train(data).head();
        assertEquals(first, second);
        assertArrayEquals(new OnnxHeadWriter().write(first), new OnnxHeadWriter().write(second));
        HeadPackageInfo info = info(data);
        ModelPackage a = new IntentHeadPackages().write(dir.resolve("a"), first, info);
        ModelPackage b = new IntentHeadPackages().write(dir.resolve("b"), second, info);
        assertEquals(a.manifestDigest(), b.manifestDigest());
    }

    @Test
    void train_oneThreadOrMany_identicalWeights() throws Exception {
        // Parallel streams run in the pool of the calling task: a one-thread pool versus the common pool.
        TrainingData data = SyntheticEmbeddings.clusters(6, 40, 384, 2.0, 9);
        HeadTrainer trainer = new HeadTrainer(FAST.withHiddenSize(16));
        ForkJoinPool single = new ForkJoinPool(1);
        try {
            TrainedHead sequential = single.submit(() -> trainer.train(data).head()).get();
            assertEquals(sequential, trainer.train(data).head());
        } finally {
            single.shutdown();
        }
    }

    @Test
    void train_differentSeed_differentWeights() {
        TrainingData data = SyntheticEmbeddings.clusters(6, 40, 384, 2.0, 3);
        TrainedHead first = new HeadTrainer(FAST.withSeed(1)).train(data).head();
        TrainedHead second = new HeadTrainer(FAST.withSeed(2)).train(data).head();
        assertNotEquals(first, second);
    }

    @Test
    void train_overconfidentNetwork_temperatureLowersValidationNll() {
        // Overlapping clusters and a wide unregularised hidden layer trained long: it memorises the training
        // split and is overconfident on the validation split, which is what temperature scaling corrects.
        TrainingData data = SyntheticEmbeddings.clusters(5, 80, 384, 12.0, 4);
        HeadTrainingOptions options = new HeadTrainingOptions(60, 0.01, 0.0, 64, 16, 5L, 0.3);
        TrainingResult result = new HeadTrainer(options).train(data);
        assertTrue(result.validationNllCalibrated() < result.validationNllRaw(),
                "calibrated " + result.validationNllCalibrated() + " vs raw " + result.validationNllRaw());
        assertTrue(result.head().temperature() > 1f, "temperature " + result.head().temperature());
    }

    @Test
    void train_listener_receivesEveryEpochInOrder() {
        TrainingData data = SyntheticEmbeddings.clusters(4, 30, 384, 1.0, 6);
        List<EpochProgress> seen = new ArrayList<>();
        new HeadTrainer(FAST.withEpochs(5)).train(data, seen::add);
        assertEquals(5, seen.size());
        for (int i = 0; i < 5; i++) {
            assertEquals(i + 1, seen.get(i).epoch());
            assertEquals(5, seen.get(i).epochs());
            assertTrue(Double.isFinite(seen.get(i).loss()));
        }
        assertTrue(seen.get(4).loss() < seen.get(0).loss());
    }

    @Test
    void train_noValidationSplit_keepsTemperatureOneAndLeavesValidationMetricsOut() {
        TrainingData data = SyntheticEmbeddings.clusters(4, 30, 384, 1.0, 7);
        TrainingResult result = new HeadTrainer(FAST.withValidationFraction(0)).train(data);
        assertEquals(1f, result.head().temperature());
        assertTrue(Double.isNaN(result.validationAccuracy()));
        assertTrue(!result.metrics().containsKey("validation_accuracy"));
    }

    @Test
    void train_distillationFromReference_agreesWithReferenceMoreOften() {
        TrainingData data = SyntheticEmbeddings.clusters(6, 60, 384, 10.0, 8);
        TrainingData fresh = SyntheticEmbeddings.clusters(6, 120, 384, 10.0, 8);
        TrainedHead reference = new HeadTrainer(FAST.withSeed(1)).train(data).head();
        float[][] referenceProbabilities = reference.withTemperature(1f).predictBatch(data.embeddings());
        TrainedHead plain = new HeadTrainer(FAST.withSeed(2)).train(data).head();
        TrainedHead distilled = new HeadTrainer(FAST.withSeed(2))
                .train(data.withDistillation(new DistillationReference(referenceProbabilities, 10.0, 1.0))).head();
        assertTrue(agreement(distilled, reference, data) > agreement(plain, reference, data),
                agreement(distilled, reference, data) + " <= " + agreement(plain, reference, data));
        assertTrue(agreement(distilled, reference, fresh) > agreement(plain, reference, fresh),
                agreement(distilled, reference, fresh) + " <= " + agreement(plain, reference, fresh));
    }

    @Test
    void trainingData_labelOutOfRange_throwsNamingTheExample() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainingData.of(new float[][] {{1f}, {2f}}, new int[] {0, 2}, List.of("a", "b")));
        assertTrue(e.getMessage().contains("example 1"), e.getMessage());
    }

    @Test
    void options_negativeL2_throwsNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> HeadTrainingOptions.defaults().withL2(-1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void digest_sameData_sameDigest() {
        assertEquals(SyntheticEmbeddings.clusters(3, 5, 8, 1.0, 1).digest(), SyntheticEmbeddings.clusters(3, 5, 8, 1.0, 1).digest());
        assertNotEquals(SyntheticEmbeddings.clusters(3, 5, 8, 1.0, 1).digest(), SyntheticEmbeddings.clusters(3, 5, 8, 1.0, 2).digest());
    }

    private static double agreement(TrainedHead a, TrainedHead b, TrainingData data) {
        int same = 0;
        for (float[] x : data.embeddings()) {
            if (a.argmax(x) == b.argmax(x)) {
                same++;
            }
        }
        return same / (double) data.size();
    }

    static HeadPackageInfo info(TrainingData data) {
        return new HeadPackageInfo("intent", new SemanticVersion(1, 0, 0), null, "all-minilm-l6-v2-q", "minilm-l6-v2-q@1",
                data.digest(), Map.of("validation_accuracy", 1.0), "2026-01-01T00:00:00Z");
    }
}
