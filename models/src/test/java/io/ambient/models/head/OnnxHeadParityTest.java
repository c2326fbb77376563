package io.ambient.models.head;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import io.ambient.models.onnx.OnnxRuntimeAdapter;
import io.ambient.models.pkg.ModelPackage;
import io.ambient.models.pkg.ModelPackageReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxHeadParityTest {

    private static final HeadTrainingOptions OPTIONS = HeadTrainingOptions.defaults().withEpochs(10).withBatchSize(64);
    private static OnnxRuntimeAdapter adapter;

    @BeforeAll
    static void openAdapter() {
        adapter = new OnnxRuntimeAdapter();
    }

    @AfterAll
    static void closeAdapter() {
        adapter.close();
    }

    @Test
    void probabilities_linearHead_matchPlainJavaWithin1e5() {
        TrainingData data = SyntheticEmbeddings.clusters(7, 40, 384, 3.0, 11);
        assertParity(new HeadTrainer(OPTIONS).train(data).head(), data);
    }

    @Test
    void probabilities_mlpHead_matchPlainJavaWithin1e5() {
        TrainingData data = SyntheticEmbeddings.clusters(7, 40, 384, 3.0, 12);
        assertParity(new HeadTrainer(OPTIONS.withHiddenSize(24)).train(data).head(), data);
    }

    @Test
    void probabilities_headOnHeldOutClusters_argmaxMatchesPlainJavaAndTruth() {
        TrainingData train = SyntheticEmbeddings.clusters(20, 100, 384, 2.5, 13);
        TrainedHead head = new HeadTrainer(OPTIONS.withHiddenSize(32)).train(train).head();
        // Same centres (same seed), more draws: the first 2000 rows repeat the training set, the rest are new.
        TrainingData all = SyntheticEmbeddings.clusters(20, 150, 384, 2.5, 13);
        float[][] x = all.embeddings();
        int[] y = all.labels();
        float[][] heldOut = java.util.Arrays.copyOfRange(x, 2000, x.length);
        try (OnnxIntentHead served = OnnxIntentHead.load(adapter, new OnnxHeadWriter().write(head), "clusters")) {
            float[][] p = served.probabilities(heldOut);
            int correct = 0;
            for (int i = 0; i < heldOut.length; i++) {
                assertEquals(head.argmax(heldOut[i]), Softmax.argmax(p[i]), "row " + i);
                correct += Softmax.argmax(p[i]) == y[2000 + i] ? 1 : 0;
            }
            assertTrue(correct / (double) heldOut.length > 0.95, "held-out accuracy " + correct / (double) heldOut.length);
        }
    }

    @Test
    void write_sameHead_sameBytesAndLabelsInMetadataForOnnxRuntime() throws Exception {
        TrainedHead head = new HeadTrainer(OPTIONS).train(SyntheticEmbeddings.clusters(3, 20, 384, 1.0, 14)).head();
        byte[] bytes = new OnnxHeadWriter().write(head);
        assertArrayEquals(bytes, new OnnxHeadWriter().write(head));
        // Checked with ONNX Runtime itself, not with our own reader.
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession session = env.createSession(bytes, new OrtSession.SessionOptions())) {
            assertEquals("[\"intent_0\",\"intent_1\",\"intent_2\"]",
                    session.getMetadata().getCustomMetadata().get(OnnxHeadWriter.LABELS_KEY));
            assertEquals(OnnxHeadWriter.PRODUCER, session.getMetadata().getProducerName());
            float[][] x = {SyntheticEmbeddings.clusters(3, 1, 384, 1.0, 15).embeddings()[0]};
            try (OnnxTensor input = OnnxTensor.createTensor(env, x);
                 OrtSession.Result out = session.run(Map.of(OnnxHeadWriter.INPUT_NAME, input))) {
                float[][] p = (float[][]) out.get(OnnxHeadWriter.OUTPUT_NAME).orElseThrow().getValue();
                assertArrayEquals(head.predict(x[0]), p[0], 1e-5f);
            }
        }
    }

    @Test
    void load_labelsDisagreeWithModel_throws() {
        TrainedHead head = new HeadTrainer(OPTIONS).train(SyntheticEmbeddings.clusters(3, 20, 384, 1.0, 16)).head();
        byte[] bytes = new OnnxHeadWriter().write(head);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OnnxIntentHead.load(adapter, bytes, "mismatch", List.of("a", "b", "c")));
        assertTrue(e.getMessage().contains("intent_0"), e.getMessage());
    }

    @Test
    void open_writtenPackage_servesTheHeadFromVerifiedFiles(@TempDir Path dir) throws Exception {
        TrainingData data = SyntheticEmbeddings.clusters(5, 30, 384, 2.0, 17);
        TrainingResult result = new HeadTrainer(OPTIONS).train(data);
        IntentHeadPackages packages = new IntentHeadPackages();
        packages.write(dir.resolve("intent-1.0.0"), result.head(), HeadTrainerTest.info(data));
        ModelPackage pkg = new ModelPackageReader().read(dir.resolve("intent-1.0.0"));
        try (OnnxIntentHead served = packages.open(adapter, pkg)) {
            assertEquals(data.labelNames(), served.labels());
            float[] x = data.embeddings()[0];
            assertArrayEquals(result.head().predict(x), served.probabilities(x), 1e-5f);
        }
    }

    private static void assertParity(TrainedHead head, TrainingData data) {
        float[][] x = data.embeddings();
        try (OnnxIntentHead served = OnnxIntentHead.load(adapter, new OnnxHeadWriter().write(head), "parity")) {
            assertEquals(head.labels(), served.labels());
            assertEquals(384, served.inputSize());
            float[][] onnx = served.probabilities(x);
            for (int i = 0; i < x.length; i++) {
                assertArrayEquals(head.predict(x[i]), onnx[i], 1e-5f, "row " + i);
            }
        }
    }
}
