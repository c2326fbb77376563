package io.ambient.context.nlu;

import io.ambient.context.Intents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The first intent scorer: weighted patterns over the masked text ({@link Utterance#masked()}), the
 * best matching pattern giving an intent its score. Patterns read placeholders such as
 * {@code <kind:light>} or {@code <name:cover>} rather than this home's names, so they carry over to
 * every home. A more specific pattern has a higher weight, which is how "open the blinds to 50%"
 * (position) beats "open the blinds" (on/off).
 */
public final class KeywordIntentScorer implements IntentScorer {

    /** One pattern: where it matches, the intent scores at least {@code weight}. */
    record Rule(String intent, double weight, Pattern pattern) {
    }

    private final List<Rule> rules;

    public KeywordIntentScorer() {
        this.rules = KeywordRules.all();
    }

    @Override
    public String id() {
        return "keywords@1";
    }

    @Override
    public List<IntentScore> score(Utterance utterance) {
        String m = utterance.masked();
        Map<String, IntentScore> best = new LinkedHashMap<>();
        for (Rule r : rules) {
            IntentScore seen = best.get(r.intent());
            if ((seen == null || seen.score() < r.weight()) && r.pattern().matcher(m).find()) {
                best.put(r.intent(), new IntentScore(r.intent(), r.weight(), "rule:" + r.pattern().pattern()));
            }
        }
        List<IntentScore> out = new ArrayList<>(best.values());
        out.sort(Comparator.comparingDouble(IntentScore::score).reversed()
                .thenComparing(s -> Intents.ALL.indexOf(s.intent())));
        return out;
    }
}
