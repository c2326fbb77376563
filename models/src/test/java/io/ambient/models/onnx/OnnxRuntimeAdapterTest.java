package io.ambient.models.onnx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxRuntimeAdapterTest {

    private static final String MINILM = "models/encoders/all-minilm-l6-v2-q.onnx";

    private static OnnxRuntimeAdapter adapter;
    private static OnnxSession encoder;

    @BeforeAll
    static void loadEncoder() {
        adapter = new OnnxRuntimeAdapter();
        encoder = adapter.loadResource(MINILM);
    }

    @AfterAll
    static void closeAdapter() {
        adapter.close();
    }

    @Test
    void loadResource_realEncoder_schemaNamesTokenInputsAndHiddenState() {
        ModelSchema schema = encoder.schema();
        assertEquals(List.of("input_ids", "attention_mask", "token_type_ids"), schema.inputNames());
        assertEquals(List.of("last_hidden_state"), schema.outputNames());
        TensorSpec hidden = schema.output("last_hidden_state").orElseThrow();
        assertEquals(ElementType.FLOAT32, hidden.type());
        assertArrayEquals(new long[] {-1, -1, 384}, hidden.shape());
        assertEquals(ElementType.INT64, schema.input("input_ids").orElseThrow().type());
    }

    @Test
    void run_int64Inputs_returnsHiddenStatePerToken() {
        FloatTensor hidden = encoder.run(tokens(new long[] {101, 2735, 2006, 1996, 4597, 102}), "last_hidden_state");
        assertArrayEquals(new long[] {1, 6, 384}, hidden.shape());
        assertEquals(6, hidden.toCube()[0].length);
    }

    @Test
    void runFloat_softmaxGraph_returnsRowsSummingToOne() {
        try (OnnxSession head = adapter.load(TinyOnnxModels.softmax("embedding", "probabilities", 3), "tiny-head")) {
            float[][] p = head.runFloat(Map.of("embedding", new float[][] {{1f, 2f, 3f}, {0f, 0f, 0f}}),
                    "probabilities");
            assertEquals(2, p.length);
            assertEquals(1.0, p[0][0] + p[0][1] + p[0][2], 1e-6);
            assertTrue(p[0][2] > p[0][1] && p[0][1] > p[0][0]);
            assertEquals(1f / 3f, p[1][0], 1e-6);
            assertArrayEquals(new long[] {-1, 3}, head.schema().output("probabilities").orElseThrow().shape());
        }
    }

    @Test
    void load_randomBytes_throwsModelLoadExceptionNamingTheModel() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> adapter.load(garbage, "garbage.onnx"));
        assertEquals("garbage.onnx", e.source());
        assertTrue(e.getMessage().startsWith("cannot load model 'garbage.onnx': ONNX Runtime rejected it"),
                e.getMessage());
    }

    @Test
    void load_emptyBytes_throwsModelLoadException() {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> adapter.load(new byte[0], "empty"));
        assertTrue(e.getMessage().contains("empty (0 bytes)"), e.getMessage());
    }

    @Test
    void loadResource_missing_throwsModelLoadExceptionSayingNotFound() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> adapter.loadResource("models/encoders/no-such-model.onnx"));
        assertEquals("cannot load model 'classpath:models/encoders/no-such-model.onnx': "
                + "resource not found on the classpath", e.getMessage());
    }

    @Test
    void loadFile_missing_throwsModelLoadExceptionSayingNoSuchFile(@TempDir Path dir) {
        Path missing = dir.resolve("absent.onnx");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> adapter.loadFile(missing));
        assertEquals("cannot load model '" + missing + "': no such file", e.getMessage());
    }

    @Test
    void loadFile_corruptFile_throwsModelLoadException(@TempDir Path dir) throws Exception {
        Path corrupt = dir.resolve("corrupt.onnx");
        Files.write(corrupt, "not a model at all".repeat(50).getBytes());
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> adapter.loadFile(corrupt));
        assertTrue(e.getMessage().contains(corrupt.toString()), e.getMessage());
    }

    @Test
    void loadFile_validFile_runs(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("head.onnx");
        Files.write(file, TinyOnnxModels.softmax("x", "y", 2));
        try (OnnxSession head = adapter.loadFile(file)) {
            assertEquals(0.5f, head.runFloat(Map.of("x", new float[][] {{4f, 4f}}), "y")[0][1], 1e-6);
        }
    }

    @Test
    void run_unknownInputName_throwsIllegalArgumentNamingIt() {
        Map<String, InputTensor> inputs = Map.of("ids", InputTensor.Int64.of(new long[][] {{101, 102}}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> encoder.run(inputs, "last_hidden_state"));
        assertTrue(e.getMessage().contains("input_ids"), e.getMessage());
    }

    @Test
    void run_wrongElementType_throwsIllegalArgument() {
        try (OnnxSession head = adapter.load(TinyOnnxModels.softmax("x", "y", 2), "typed")) {
            Map<String, InputTensor> inputs = Map.of("x", InputTensor.Int64.of(new long[][] {{1, 2}}));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> head.run(inputs, "y"));
            assertTrue(e.getMessage().contains("must be FLOAT32, was INT64"), e.getMessage());
        }
    }

    @Test
    void run_wrongFixedWidth_throwsIllegalArgument() {
        try (OnnxSession head = adapter.load(TinyOnnxModels.softmax("x", "y", 2), "narrow")) {
            assertThrows(IllegalArgumentException.class,
                    () -> head.runFloat(Map.of("x", new float[][] {{1f, 2f, 3f}}), "y"));
        }
    }

    @Test
    void int64Of_raggedRows_throwsIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> InputTensor.Int64.of(new long[][] {{1, 2}, {3}}));
    }

    @Test
    void run_afterClose_throwsIllegalState() {
        OnnxSession head = adapter.load(TinyOnnxModels.softmax("x", "y", 2), "closing");
        head.close();
        head.close();
        assertFalse(head.isOpen());
        assertThrows(IllegalStateException.class, () -> head.runFloat(Map.of("x", new float[][] {{1f, 2f}}), "y"));
    }

    @Test
    void close_adapter_closesItsOpenSessions() {
        OnnxRuntimeAdapter own = new OnnxRuntimeAdapter(2);
        OnnxSession head = own.load(TinyOnnxModels.softmax("x", "y", 2), "owned");
        own.close();
        assertFalse(head.isOpen());
    }

    @Test
    void constructor_zeroThreads_throwsIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> new OnnxRuntimeAdapter(0));
    }

    @Test
    void run_concurrentFromFourThreads_sameOutputsAsSequential() throws Exception {
        List<long[]> sentences = List.of(
                new long[] {101, 2735, 2006, 1996, 4597, 102},
                new long[] {101, 2054, 1005, 1055, 1996, 4633, 4826, 102},
                new long[] {101, 2275, 1037, 13080, 2005, 2274, 2781, 102},
                new long[] {101, 3953, 102});
        List<float[]> sequential = new ArrayList<>();
        for (long[] ids : sentences) {
            sequential.add(encoder.run(tokens(ids), "last_hidden_state").data());
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<float[]>> futures = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (long[] ids : sentences) {
                    futures.add(pool.submit(() -> encoder.run(tokens(ids), "last_hidden_state").data()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertArrayEquals(sequential.get(i % sentences.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, InputTensor> tokens(long[] ids) {
        long[] ones = new long[ids.length];
        java.util.Arrays.fill(ones, 1L);
        return Map.of(
                "input_ids", InputTensor.Int64.of(new long[][] {ids}),
                "attention_mask", InputTensor.Int64.of(new long[][] {ones}),
                "token_type_ids", InputTensor.Int64.of(new long[][] {new long[ids.length]}));
    }
}
