package io.ambient.context.nlu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The trained model and the keyword patterns together. The model reads any phrasing; the patterns are
 * precise where they match. A pattern match at or above {@link #TRUSTED_PATTERN} decides alone (it encodes
 * distinctions a sentence embedding blurs, such as "open" versus "close" the same blind); otherwise the model
 * ranks, and weaker patterns only add readings after the model's. When the model calls the words out of domain
 * and no pattern matches, nothing is offered.
 */
public final class BlendedIntentScorer implements IntentScorer {
    /** A keyword pattern this strong outranks the model. */
    static final double TRUSTED_PATTERN = 0.8;

    private final IntentScorer model;
    private final IntentScorer patterns;

    public BlendedIntentScorer(IntentScorer model, IntentScorer patterns) {
        this.model = Objects.requireNonNull(model, "model");
        this.patterns = Objects.requireNonNull(patterns, "patterns");
    }

    @Override
    public List<IntentScore> score(Utterance utterance) {
        List<IntentScore> fromModel = model.score(utterance);
        List<IntentScore> fromPatterns = patterns.score(utterance);
        if (!fromPatterns.isEmpty() && fromPatterns.get(0).score() >= TRUSTED_PATTERN) {
            // A sure pattern decides alone: the model's runner-up readings would only give the resolver
            // wrong fallbacks ("turn on the sprinkler" must not become a timer question).
            return fromPatterns;
        }
        Map<String, IntentScore> merged = new LinkedHashMap<>();
        for (IntentScore s : fromModel) {
            merged.put(s.intent(), s);
        }
        for (IntentScore s : fromPatterns) {
            merged.putIfAbsent(s.intent(), new IntentScore(s.intent(), Math.min(s.score(), lowest(fromModel)),
                    s.evidence()));
        }
        return new ArrayList<>(merged.values());
    }

    /** Second-opinion intents rank below every first-opinion intent. */
    private static double lowest(List<IntentScore> scores) {
        return scores.isEmpty() ? 1.0 : scores.get(scores.size() - 1).score();
    }

    @Override
    public String id() {
        return model.id() + "+" + patterns.id();
    }
}
