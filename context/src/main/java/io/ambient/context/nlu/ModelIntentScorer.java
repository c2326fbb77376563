package io.ambient.context.nlu;

import io.ambient.models.intent.IntentClassifier;
import io.ambient.models.intent.LabelScore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Intent scores from a trained classifier, fed with the masked utterance ("turn off the <area> <kind:light>")
 * so the model sees patterns, not one home's device names. When the out-of-domain class wins, no intent is
 * offered and the resolver says it did not understand.
 */
public final class ModelIntentScorer implements IntentScorer {
    /** Intents below this probability are not offered to slot filling. */
    static final double MIN_PROBABILITY = 0.02;

    private final IntentClassifier classifier;

    public ModelIntentScorer(IntentClassifier classifier) {
        this.classifier = Objects.requireNonNull(classifier, "classifier");
    }

    @Override
    public List<IntentScore> score(Utterance utterance) {
        List<IntentScore> out = new ArrayList<>();
        if (utterance.masked().isBlank()) {
            return out; // nothing left after normalising ("uh"): there is nothing to classify
        }
        List<LabelScore> scores = classifier.classify(utterance.masked());
        if (scores.isEmpty() || IntentClassifier.OUT_OF_DOMAIN.equals(scores.get(0).label())) {
            return out;
        }
        for (LabelScore s : scores) {
            if (s.probability() < MIN_PROBABILITY) {
                break;
            }
            if (!IntentClassifier.OUT_OF_DOMAIN.equals(s.label())) {
                out.add(new IntentScore(s.label(), Math.min(1.0, s.probability()), classifier.id()));
            }
        }
        return out;
    }

    @Override
    public String id() {
        return classifier.id();
    }
}
