package io.ambient.models.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ambient.models.onnx.ModelLoadException;
import io.ambient.models.onnx.OnnxRuntimeAdapter;
import io.ambient.models.onnx.OnnxSession;
import io.ambient.models.onnx.TinyOnnxModels;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnnxSentenceEncoderTest {

    private enum Which { MINILM, BGE }

    private static final List<String> COMMANDS = List.of(
            "turn on the lights",
            "switch the lights on",
            "what's the weather tomorrow",
            "set a timer for five minutes",
            "dim the bedroom lamp to twenty percent please",
            "lock the front door",
            "is the garage open?",
            "play some jazz in the living room and turn the volume down a bit");

    private final OnnxRuntimeAdapter adapter = new OnnxRuntimeAdapter();
    private final Map<Which, SentenceEncoder> encoders = new EnumMap<>(Which.class);

    @BeforeAll
    void loadEncoders() {
        encoders.put(Which.MINILM, OnnxSentenceEncoder.create(EncoderSpec.MINILM_L6_V2_Q, adapter));
        encoders.put(Which.BGE, OnnxSentenceEncoder.create(EncoderSpec.BGE_SMALL_EN_V15_Q, adapter));
    }

    @AfterAll
    void closeEncoders() {
        encoders.values().forEach(SentenceEncoder::close);
        adapter.close();
    }

    static Stream<Which> both() {
        return Stream.of(Which.values());
    }

    @ParameterizedTest
    @MethodSource("both")
    void encode_command_is384WideUnitNormInItsSpace(Which which) {
        SentenceEncoder encoder = encoders.get(which);
        Embedding embedding = encoder.encode("turn on the lights");
        assertEquals(384, embedding.dimensions());
        assertEquals(384, encoder.dimensions());
        assertEquals(1.0, embedding.norm(), 1e-5);
        assertEquals(encoder.spaceId(), embedding.spaceId());
    }

    @Test
    void spaceId_builtInSpecs_nameTheirModels() {
        assertEquals("all-minilm-l6-v2-q", encoders.get(Which.MINILM).spaceId());
        assertEquals("bge-small-en-v1.5-q", encoders.get(Which.BGE).spaceId());
    }

    @ParameterizedTest
    @MethodSource("both")
    void encodeBatch_mixedLengths_equalsSingleWithin1e5(Which which) {
        SentenceEncoder encoder = encoders.get(which);
        List<String> texts = new ArrayList<>(COMMANDS);
        for (int i = 0; i < 30; i++) { // more than one internal chunk
            texts.add("set the thermostat to " + (15 + i) + " degrees");
        }
        List<Embedding> batch = encoder.encodeBatch(texts);
        assertEquals(texts.size(), batch.size());
        for (int i = 0; i < texts.size(); i++) {
            assertArrayEquals(encoder.encode(texts.get(i)).vector(), batch.get(i).vector(), 1e-5f, texts.get(i));
        }
    }

    @ParameterizedTest
    @MethodSource("both")
    void encode_paraphrases_closerThanUnrelated(Which which) {
        SentenceEncoder encoder = encoders.get(which);
        Embedding on = encoder.encode("turn on the lights");
        Embedding paraphrase = encoder.encode("switch the lights on");
        Embedding weather = encoder.encode("what's the weather tomorrow");
        assertTrue(on.cosine(paraphrase) > on.cosine(weather) + 0.1,
                "paraphrase " + on.cosine(paraphrase) + " vs unrelated " + on.cosine(weather));
        assertEquals(on.cosine(paraphrase), on.dot(paraphrase), 1e-5);
    }

    @ParameterizedTest
    @MethodSource("both")
    void encode_sameTextTwice_identicalVectors(Which which) {
        SentenceEncoder encoder = encoders.get(which);
        assertEquals(encoder.encode("lock the front door"), encoder.encode("lock the front door"));
    }

    @ParameterizedTest
    @MethodSource("both")
    void encode_fromFourThreads_sameVectorsAsSequential(Which which) throws Exception {
        SentenceEncoder encoder = encoders.get(which);
        List<Embedding> sequential = COMMANDS.stream().map(encoder::encode).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Embedding>> futures = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                for (String command : COMMANDS) {
                    futures.add(pool.submit(() -> encoder.encode(command)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % COMMANDS.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void encodeBatch_empty_returnsEmpty() {
        assertEquals(List.of(), encoders.get(Which.MINILM).encodeBatch(List.of()));
    }

    @Test
    void encode_textLongerThanMaxTokens_isTruncatedNotRejected() {
        Embedding long1 = encoders.get(Which.MINILM).encode("turn on the lights ".repeat(200));
        assertEquals(1.0, long1.norm(), 1e-5);
    }

    @Test
    void of_corruptModelBytes_throwsModelLoadExceptionNamingIt() {
        byte[] garbage = new byte[10_000];
        new Random(3).nextBytes(garbage);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> OnnxSentenceEncoder.of(
                EncoderSpec.MINILM_L6_V2_Q, WordPieceTokenizer.fromResource(EncoderSpec.MINILM_L6_V2_Q.tokenizerResource()),
                adapter.load(garbage, "corrupt-encoder.onnx")));
        assertTrue(e.getMessage().startsWith("cannot load model 'corrupt-encoder.onnx'"), e.getMessage());
    }

    @Test
    void create_missingOnnxResource_throwsModelLoadExceptionNamingIt() {
        EncoderSpec missing = new EncoderSpec("missing", "models/encoders/missing.onnx",
                EncoderSpec.MINILM_L6_V2_Q.tokenizerResource(), EncoderSpec.Pooling.MEAN, 384, "missing", 128);
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> OnnxSentenceEncoder.create(missing, adapter));
        assertEquals("cannot load model 'classpath:models/encoders/missing.onnx': resource not found on the classpath",
                e.getMessage());
    }

    @Test
    void create_missingTokenizerResource_throwsModelLoadExceptionNamingIt() {
        EncoderSpec missing = new EncoderSpec("missing", EncoderSpec.MINILM_L6_V2_Q.onnxResource(),
                "models/encoders/missing-tokenizer.json", EncoderSpec.Pooling.MEAN, 384, "missing", 128);
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> OnnxSentenceEncoder.create(missing, adapter));
        assertTrue(e.getMessage().contains("missing-tokenizer.json"), e.getMessage());
    }

    @Test
    void of_graphThatIsNotAnEncoder_throwsModelLoadExceptionAndClosesSession() {
        OnnxSession head = adapter.load(TinyOnnxModels.softmax("embedding", "probabilities", 4), "a-head.onnx");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> OnnxSentenceEncoder.of(
                EncoderSpec.MINILM_L6_V2_Q,
                WordPieceTokenizer.fromResource(EncoderSpec.MINILM_L6_V2_Q.tokenizerResource()), head));
        assertTrue(e.getMessage().contains("needs an int64 input 'input_ids'"), e.getMessage());
        assertFalse(head.isOpen());
    }

    @Test
    void cosine_differentSpaces_throwsIllegalArgument() {
        Embedding a = encoders.get(Which.MINILM).encode("lights");
        Embedding b = encoders.get(Which.BGE).encode("lights");
        assertThrows(IllegalArgumentException.class, () -> a.cosine(b));
    }

    @Test
    void embedding_vectorArray_isDefensivelyCopied() {
        float[] values = {1f, 0f};
        Embedding embedding = new Embedding(values, "space");
        values[0] = 5f;
        embedding.vector()[1] = 7f;
        assertArrayEquals(new float[] {1f, 0f}, embedding.vector());
    }
}
