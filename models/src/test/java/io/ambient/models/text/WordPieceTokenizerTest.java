package io.ambient.models.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ambient.models.onnx.ModelLoadException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordPieceTokenizerTest {

    static {
        // Must be set before any DJL class is loaded; HfTokenizersOracle sets it too, this makes it certain.
        System.setProperty("OPT_OUT_TRACKING", "true");
    }

    private static final String MINILM = "models/encoders/all-minilm-l6-v2-q-tokenizer.json";
    private static final String BGE = "models/encoders/bge-small-en-v1.5-q-tokenizer.json";

    @Test
    void oracle_beforeUse_trackingIsOptedOut() {
        assertEquals("true", System.getProperty("OPT_OUT_TRACKING"));
        assertTrue(HfTokenizersOracle.trackingOptedOut());
    }

    @ParameterizedTest
    @ValueSource(strings = {MINILM, BGE})
    void encode_handWrittenSentences_idsMatchHuggingFaceTokenizers(String resource) {
        assertTrue(HfTokenizersOracle.trackingOptedOut(), "OPT_OUT_TRACKING must be set before DJL loads");
        List<String> sentences = ParitySentences.all();
        assertTrue(sentences.size() >= 200, "parity needs 200+ sentences, has " + sentences.size());
        WordPieceTokenizer ours = WordPieceTokenizer.fromResource(resource);
        List<String> mismatches = new ArrayList<>();
        try (HfTokenizersOracle oracle = HfTokenizersOracle.of(resource, WordPieceTokenizer.DEFAULT_MAX_LENGTH)) {
            for (String sentence : sentences) {
                TokenizedText expected = oracle.encode(sentence);
                TokenizedText actual = ours.encode(sentence);
                if (!expected.equals(actual)) {
                    mismatches.add(sentence + "\n  expected " + Arrays.toString(oracle.tokens(sentence))
                            + "\n  actual   " + ours.tokenize(sentence));
                }
            }
        }
        assertEquals(List.of(), mismatches, mismatches.size() + " of " + sentences.size() + " differ");
    }

    @Test
    void encode_shortCommand_addsClsAndSepWithFullMaskAndZeroTypes() {
        TokenizedText text = WordPieceTokenizer.fromResource(MINILM).encode("Turn on the lights");
        assertArrayEquals(new long[] {101, 2735, 2006, 1996, 4597, 102}, text.inputIds());
        assertArrayEquals(new long[] {1, 1, 1, 1, 1, 1}, text.attentionMask());
        assertArrayEquals(new long[6], text.tokenTypeIds());
    }

    @Test
    void encode_longInput_truncatesToMaxLengthKeepingSep() {
        WordPieceTokenizer tokenizer = WordPieceTokenizer.fromResource(MINILM, 16);
        long[] ids = tokenizer.encode("turn on the lights ".repeat(20)).inputIds();
        assertEquals(16, ids.length);
        assertEquals(101, ids[0]);
        assertEquals(102, ids[15]);
    }

    @Test
    void tokenize_accentsAndContractions_splitsLikeBert() {
        assertEquals(List.of("cafe", "lights", ",", "what", "'", "s", "on", "?"),
                WordPieceTokenizer.fromResource(BGE).tokenize("Café lights, what's on?"));
    }

    @Test
    void encode_emptyString_isClsSep() {
        assertArrayEquals(new long[] {101, 102}, WordPieceTokenizer.fromResource(MINILM).encode("").inputIds());
    }

    @Test
    void fromResource_missing_throwsModelLoadException() {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> WordPieceTokenizer.fromResource("models/encoders/absent-tokenizer.json"));
        assertTrue(e.getMessage().contains("absent-tokenizer.json"), e.getMessage());
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void fromJson_notJson_throwsModelLoadExceptionNamingSource() {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> WordPieceTokenizer.fromJson(
                "{not json".getBytes(StandardCharsets.UTF_8), "broken.json", 128));
        assertTrue(e.getMessage().startsWith("cannot load model 'broken.json': not valid JSON"), e.getMessage());
    }

    @Test
    void fromJson_bpeModel_throwsModelLoadExceptionNamingField() {
        byte[] json = "{\"model\":{\"type\":\"BPE\"}}".getBytes(StandardCharsets.UTF_8);
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> WordPieceTokenizer.fromJson(json, "bpe.json", 128));
        assertTrue(e.getMessage().contains("model.type must be WordPiece, was 'BPE'"), e.getMessage());
    }

    @Test
    void fromResource_maxLengthTooSmall_throwsIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> WordPieceTokenizer.fromResource(MINILM, 2));
    }
}
