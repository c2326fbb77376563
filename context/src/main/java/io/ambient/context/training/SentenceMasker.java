package io.ambient.context.training;

import io.ambient.context.nlu.Analysis;
import io.ambient.context.nlu.Normalizer;
import io.ambient.context.nlu.Utterance;
import io.ambient.context.nlu.Vocabulary;
import io.ambient.devices.HomeSnapshot;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Masks a sentence exactly as the runtime does before intent scoring (normalise, recognise the home's
 * words and the quantities, replace them by placeholders): the model must be trained on the same
 * text it will score. One {@link Vocabulary} per training home, built once.
 */
public final class SentenceMasker {
    private final Map<String, Vocabulary> vocabularies;

    public SentenceMasker(Map<String, HomeSnapshot> homes) {
        Map<String, Vocabulary> v = new LinkedHashMap<>();
        homes.forEach((id, home) -> v.put(id, Vocabulary.of(home)));
        this.vocabularies = Map.copyOf(v);
    }

    /** What an {@link io.ambient.context.nlu.IntentScorer} would see of {@code text} said in that home. */
    public Utterance utterance(String text, String homeId) {
        Vocabulary v = vocabularies.get(homeId);
        if (v == null) {
            throw new IllegalArgumentException("unknown home " + homeId + "; known: " + vocabularies.keySet());
        }
        return Utterance.of(Analysis.of(Normalizer.normalize(text), v));
    }

    public String mask(String text, String homeId) {
        return utterance(text, homeId).masked();
    }

    public String mask(LabeledSentence sentence) {
        return mask(sentence.text(), sentence.homeId());
    }
}
