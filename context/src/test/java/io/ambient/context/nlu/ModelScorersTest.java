package io.ambient.context.nlu;

import io.ambient.models.intent.BuiltInIntentModel;
import io.ambient.models.intent.OnnxIntentClassifier;
import io.ambient.models.onnx.OnnxRuntimeAdapter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trained model as an intent scorer, alone and blended with the keyword patterns, on real ONNX Runtime. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelScorersTest {
    private OnnxRuntimeAdapter adapter;
    private OnnxIntentClassifier classifier;

    @BeforeAll
    void load() throws Exception {
        assertTrue(BuiltInIntentModel.present(), "the built-in intent model is missing (run ./ambient train)");
        adapter = new OnnxRuntimeAdapter(1);
        classifier = OnnxIntentClassifier.open(BuiltInIntentModel.read(), adapter);
    }

    @AfterAll
    void close() {
        classifier.close();
        adapter.close();
    }

    private static Utterance masked(String masked) {
        return new Utterance(masked, masked, List.of(masked.split(" ")));
    }

    @Test
    void modelScorer_plainCommand_ranksItsIntentFirst() {
        List<IntentScore> scores = new ModelIntentScorer(classifier).score(masked("turn off the <area> <kind:light>"));

        assertEquals("HassTurnOff", scores.get(0).intent(), scores.toString());
        assertTrue(scores.get(0).evidence().startsWith("intent@"), scores.get(0).evidence());
    }

    @Test
    void modelScorer_outOfDomain_offersNothing() {
        List<IntentScore> scores = new ModelIntentScorer(classifier)
                .score(masked("what is the capital of france"));

        assertTrue(scores.isEmpty(), scores.toString());
    }

    @Test
    void blended_surePatternMatch_decidesAlone() {
        BlendedIntentScorer blended = new BlendedIntentScorer(new ModelIntentScorer(classifier),
                new KeywordIntentScorer());

        List<IntentScore> scores = blended.score(masked("close the <kind:cover>"));

        assertEquals("HassTurnOff", scores.get(0).intent(), scores.toString());
        assertTrue(scores.stream().allMatch(s -> s.evidence().startsWith("rule:")), scores.toString());
    }

    @Test
    void blended_weakPatternOnly_modelRanksFirstAndPatternFollows() {
        BlendedIntentScorer blended = new BlendedIntentScorer(new ModelIntentScorer(classifier),
                new KeywordIntentScorer());
        Utterance u = masked("we have run out of milk");
        List<IntentScore> patterns = new KeywordIntentScorer().score(u);
        List<IntentScore> model = new ModelIntentScorer(classifier).score(u);
        assertTrue(!patterns.isEmpty() && patterns.get(0).score() < BlendedIntentScorer.TRUSTED_PATTERN,
                "precondition: only a weak pattern matches, " + patterns);

        List<IntentScore> scores = blended.score(u);

        if (!model.isEmpty()) {
            assertEquals(model.get(0), scores.get(0), "the model ranks first");
        }
        assertTrue(scores.stream().anyMatch(s -> s.intent().equals(patterns.get(0).intent())), scores.toString());
        assertEquals("intent@1.0.0+keywords@1", blended.id());
    }
}
