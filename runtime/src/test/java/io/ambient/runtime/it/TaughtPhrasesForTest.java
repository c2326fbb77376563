package io.ambient.runtime.it;

import io.ambient.models.onnx.OnnxRuntimeAdapter;
import io.ambient.models.registry.RegressionSuiteSource;
import io.ambient.models.text.EncoderSpec;
import io.ambient.models.text.OnnxSentenceEncoder;
import io.ambient.models.text.SentenceEncoder;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for the teachable store (not built yet) in the over-the-air test: phrases a user taught, with
 * their embeddings stored under v1's encoder (MiniLM) once, as the store would keep them. The gate must find
 * each of them again through a v2 model's transform, without anything being re-embedded.
 */
@Singleton
@Requires(property = "spec.name", value = "OverTheAirUpdateTest")
final class TaughtPhrasesForTest implements RegressionSuiteSource {
    static final List<String> TAUGHT = List.of("movie night", "make it cozy", "time for bed", "party mode",
            "I'm heading out", "wake up the house", "reading time", "dinner is ready");

    private final List<Phrase> phrases = new ArrayList<>();

    TaughtPhrasesForTest() {
        try (OnnxRuntimeAdapter adapter = new OnnxRuntimeAdapter(1);
             SentenceEncoder minilm = OnnxSentenceEncoder.create(EncoderSpec.MINILM_L6_V2_Q, adapter)) {
            for (int i = 0; i < TAUGHT.size(); i++) {
                phrases.add(Phrase.storedEmbedding("taught-" + i, TAUGHT.get(i), minilm.encode(TAUGHT.get(i))));
            }
        }
    }

    @Override
    public List<Phrase> phrases() {
        return phrases;
    }
}
